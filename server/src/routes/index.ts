import admin from './admin';
import contentApi from './content-api';
import type { RouteTable } from './route-table';

/** Route middlewares of every plugin route: a database that went away is a 503, not a 500. */
const EVERY_ROUTE = ['plugin::newsroom.database-unavailable'];

const withMiddlewares = (table: RouteTable): RouteTable => ({
  ...table,
  routes: table.routes.map((route) => ({ ...route, config: { ...route.config, middlewares: [...EVERY_ROUTE, ...(route.config?.middlewares ?? [])] } })),
});

export default { admin: withMiddlewares(admin), 'content-api': withMiddlewares(contentApi) };
