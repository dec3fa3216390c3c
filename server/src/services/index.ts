import articles from './articles';
import locales from './locales';
import settings from './settings';
import slugs from './slugs';

export default { articles, locales, settings, slugs };
