import article from './article';
import settings from './settings';

export default { article, settings };
