import article from './article';
import settings from './settings';
import text from './text';

export default { article, settings, text };
