import articles from './articles';
import links from './links';
import locales from './locales';
import reindex from './reindex';
import settings from './settings';
import slugs from './slugs';
import suggestions from './suggestions';
import tdmrep from './tdmrep';

export default { articles, links, locales, reindex, settings, slugs, suggestions, tdmrep };
