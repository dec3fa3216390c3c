import article from './article';
import channels from './channels';
import links from './links';
import settings from './settings';
import suggestions from './suggestions';
import text from './text';
import wordpressImport from './wordpress-import';

export default { article, channels, links, settings, suggestions, text, wordpressImport };
