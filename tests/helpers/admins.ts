import { ARTICLE_UID } from '../../content-types';
import type { TestApp } from './strapi';

/** Every field path of a model, components included, for a role's field-level permissions. */
export function fieldPaths(app: TestApp, uid: string = ARTICLE_UID, prefix = ''): string[] {
  const model = app.strapi.getModel(uid as never) as any;
  return Object.entries(model.attributes).flatMap(([name, attribute]: [string, any]) => {
    if (attribute.type === 'component') return fieldPaths(app, attribute.component, `${prefix}${name}.`);
    return [`${prefix}${name}`];
  });
}

export interface EditorOptions {
  manageRights?: boolean;
  canDelete?: boolean;
  /** Locales the role may work in (default: ar and en). */
  locales?: string[];
  /** Conditions on the Content Manager actions, e.g. `admin::is-creator` ("own articles only", as Strapi's Author role). */
  conditions?: string[];
}

/**
 * A role that may create, read, update and publish newsroom articles (delete
 * too with `canDelete`) in `locales`, under `conditions`, without "Manage
 * rights" unless `manageRights`, and one admin user with it; returns the
 * user's id and bearer token.
 */
export async function newsroomAdmin(app: TestApp, email: string, options: EditorOptions = {}): Promise<{ id: number; token: string }> {
  const roles = app.strapi.service('admin::role');
  const role = await roles.create({ name: `Newsroom editor ${email}`, description: 'test role' });
  const fields = fieldPaths(app);
  const locales = options.locales ?? ['ar', 'en'];
  const actions = ['create', 'read', 'update', 'publish', ...(options.canDelete ? ['delete'] : [])];
  await roles.assignPermissions(role.id, [
    ...actions.map((action) => ({
      action: `plugin::content-manager.explorer.${action}`,
      subject: ARTICLE_UID,
      properties: action === 'publish' || action === 'delete' ? { locales } : { fields, locales },
      conditions: options.conditions ?? [],
    })),
    ...(options.manageRights ? [{ action: 'plugin::newsroom.rights.manage', subject: null, properties: {}, conditions: [] }] : []),
  ]);
  const password = 'Newsroom-editor-2024';
  const user = await app.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: 'Editor',
    password,
    isActive: true,
    roles: [role.id],
    registrationToken: null,
  });
  const login = await app.http().post('/admin/login').send({ email, password });
  if (login.status !== 200) throw new Error(`login of ${email} failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { id: user.id, token: login.body.data.accessToken ?? login.body.data.token };
}

/** newsroomAdmin's bearer token alone. */
export async function newsroomEditor(app: TestApp, email: string, options: EditorOptions = {}): Promise<string> {
  return (await newsroomAdmin(app, email, options)).token;
}
