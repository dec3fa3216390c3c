import articles from './articles';
import channels from './channels';
import imports from './imports';
import links from './links';
import list from './list';
import locales from './locales';
import pipeline from './pipeline';
import preview from './preview';
import purge from './purge';
import readModel from './read-model';
import reindex from './reindex';
import rights from './rights';
import search from './search';
import settings from './settings';
import slugs from './slugs';
import suggestions from './suggestions';
import tdmrep from './tdmrep';

export default { articles, channels, imports, links, list, locales, pipeline, preview, purge, readModel, reindex, rights, search, settings, slugs, suggestions, tdmrep };
