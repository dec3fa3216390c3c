/**
 * Server entry of strapi-plugin-newsroom (plugin id `newsroom`).
 */
import { contentTypes } from '../../content-types';
import bootstrap from './bootstrap';
import config from './config';
import controllers from './controllers';
import destroy from './destroy';
import middlewares from './middlewares';
import register from './register';
import routes from './routes';
import services from './services';

export type * from './types/api';
/** For importers running outside Strapi's services (see README, Importing content). */
export { neutralisePastedArticle, type PastedChange } from './import/pasted-article';
export { neutralisePasted, pastedProblems, type PastedProblem } from './text/pasted';
export type { NewsroomConfig } from './config';

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares,
};
