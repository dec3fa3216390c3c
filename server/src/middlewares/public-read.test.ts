import { LIST_ACTION, READ_ACTION, shortcutRefusal } from './public-read';

const DECLARED = {
  read: { path: '/articles/:slug', handler: 'article.findOne', action: READ_ACTION },
  list: { path: '/articles', handler: 'article.find', action: LIST_ACTION },
};

/**
 * A Strapi with users-permissions (or not) and the plugin's two article routes: `changed` is applied
 * to the one under test, the other stays as declared.
 */
const strapiWith = (which: 'read' | 'list', changed: Record<string, unknown> | null, usersPermissions = true) =>
  ({
    plugin: (name: string) => {
      if (name === 'users-permissions') return usersPermissions ? {} : undefined;
      const routes = (['read', 'list'] as const).flatMap((w) => {
        const { path, handler } = DECLARED[w];
        if (w !== which) return [{ method: 'GET', path, handler, config: registered(w).config }];
        return changed ? [{ method: 'GET', path, handler, ...changed }] : [];
      });
      return { routes: { 'content-api': { routes } } };
    },
  }) as never;

const registered = (which: 'read' | 'list') => ({ config: { middlewares: ['plugin::newsroom.database-unavailable'], auth: { scope: [DECLARED[which].action] } } });

describe.each(['read', 'list'] as const)('shortcutRefusal of the %s route', (which) => {
  const asRegistered = registered(which);

  it('lets the shortcut stand in for the route as the plugin declares it and Strapi registers it', () => {
    expect(shortcutRefusal(strapiWith(which, asRegistered), which)).toBeNull();
    expect(shortcutRefusal(strapiWith(which, { config: { middlewares: ['plugin::newsroom.database-unavailable'] } }), which)).toBeNull();
  });

  it('keeps the whole chain when the app added to the route or changed who may call it', () => {
    const other = which === 'read' ? LIST_ACTION : READ_ACTION;
    const cases = [
      { config: { ...asRegistered.config, policies: ['global::is-subscriber'] } },
      { config: { ...asRegistered.config, middlewares: ['plugin::newsroom.database-unavailable', 'global::rate-limit'] } },
      { config: { ...asRegistered.config, auth: false } },
      { config: { ...asRegistered.config, auth: { scope: ['api::thing.thing.find'] } } },
      // The other route's permission is not this one's.
      { config: { ...asRegistered.config, auth: { scope: [other] } } },
      { config: { ...asRegistered.config, auth: { scope: [DECLARED[which].action], strategies: ['custom'] } } },
      { handler: 'api::mine.mine.find', config: asRegistered.config },
    ];
    for (const route of cases) expect(shortcutRefusal(strapiWith(which, route), which)).toMatch(new RegExp(`${which} route`));
    expect(shortcutRefusal(strapiWith(which, null), which)).toMatch(/replaced/);
    // A change to one route leaves the other's shortcut on.
    const untouched = which === 'read' ? 'list' : 'read';
    expect(shortcutRefusal(strapiWith(which, cases[0]), untouched)).toBeNull();
  });

  it('needs users-permissions, whose Public role it checks', () => {
    expect(shortcutRefusal(strapiWith(which, asRegistered, false), which)).toMatch(/users-permissions/);
  });
});
