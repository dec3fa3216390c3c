import articles from './articles';
import imports from './imports';
import links from './links';
import locales from './locales';
import pipeline from './pipeline';
import readModel from './read-model';
import reindex from './reindex';
import rights from './rights';
import search from './search';
import settings from './settings';
import slugs from './slugs';
import suggestions from './suggestions';
import tdmrep from './tdmrep';
import wordpress from './wordpress';

export default { articles, imports, links, locales, pipeline, readModel, reindex, rights, search, settings, slugs, suggestions, tdmrep, wordpress };
