import { READ_ACTION, shortcutRefusal } from './public-read';

/** A Strapi with users-permissions (or not) and the plugin's article read route configured as given. */
const strapiWith = (route: Record<string, unknown> | null, usersPermissions = true) =>
  ({
    plugin: (name: string) => {
      if (name === 'users-permissions') return usersPermissions ? {} : undefined;
      return { routes: { 'content-api': { routes: route ? [{ method: 'GET', path: '/articles/:slug', handler: 'article.findOne', ...route }] : [] } } };
    },
  }) as never;

const asRegistered = { config: { middlewares: ['plugin::newsroom.database-unavailable'], auth: { scope: [READ_ACTION] } } };

describe('shortcutRefusal', () => {
  it('lets the shortcut stand in for the route as the plugin declares it and Strapi registers it', () => {
    expect(shortcutRefusal(strapiWith(asRegistered))).toBeNull();
    expect(shortcutRefusal(strapiWith({ config: { middlewares: ['plugin::newsroom.database-unavailable'] } }))).toBeNull();
  });

  it('keeps the whole chain when the app added to the route or changed who may call it', () => {
    const cases = [
      { config: { ...asRegistered.config, policies: ['global::is-subscriber'] } },
      { config: { ...asRegistered.config, middlewares: ['plugin::newsroom.database-unavailable', 'global::rate-limit'] } },
      { config: { ...asRegistered.config, auth: false } },
      { config: { ...asRegistered.config, auth: { scope: ['api::thing.thing.find'] } } },
      { config: { ...asRegistered.config, auth: { scope: [READ_ACTION], strategies: ['custom'] } } },
      { handler: 'api::mine.mine.findOne', config: asRegistered.config },
    ];
    for (const route of cases) expect(shortcutRefusal(strapiWith(route))).toMatch(/route/);
    expect(shortcutRefusal(strapiWith(null))).toMatch(/replaced/);
  });

  it('needs users-permissions, whose Public role it checks', () => {
    expect(shortcutRefusal(strapiWith(asRegistered, false))).toMatch(/users-permissions/);
  });
});
