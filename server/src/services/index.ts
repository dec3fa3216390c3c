import articles from './articles';
import locales from './locales';
import reindex from './reindex';
import settings from './settings';
import slugs from './slugs';
import tdmrep from './tdmrep';

export default { articles, locales, reindex, settings, slugs, tdmrep };
