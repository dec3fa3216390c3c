import { neutralisePastedArticle } from '../import/pasted-article';

/**
 * What code importing articles into the newsroom calls before writing, inside
 * Strapi: `strapi.plugin('newsroom').service('imports').neutralisePasted(data)`
 * returns `{ data, changes }` with pasted controls cleaned (see
 * `server/src/import/pasted-article.ts`). The write path itself still refuses
 * them: an editor's paste is fixed in the admin, with the editor watching.
 */
export default () => ({
  neutralisePasted: neutralisePastedArticle,
});
