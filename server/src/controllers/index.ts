import article from './article';
import links from './links';
import settings from './settings';
import text from './text';

export default { article, links, settings, text };
