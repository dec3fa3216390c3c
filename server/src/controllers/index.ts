import article from './article';
import links from './links';
import settings from './settings';
import suggestions from './suggestions';
import text from './text';
import wordpressImport from './wordpress-import';

export default { article, links, settings, suggestions, text, wordpressImport };
