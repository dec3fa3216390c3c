import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { WriteStep } from '../step';
import { DATA_ACTIONS, type Data } from '../write-context';
import { defaultRights } from '../../rights/default-rights';

export const MANAGE_RIGHTS = 'plugin::newsroom.rights.manage';

/** A component value without the keys the admin adds (ids, temp keys) and without empty values, for comparison. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Data)
        .filter(([key, v]) => key !== 'id' && key !== '__temp_key__' && key !== '__component' && v !== null && v !== undefined && v !== '')
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, v]) => [key, comparable(v)])
    );
  }
  return value;
}

/** The admin behind this write when it comes from the admin panel and lacks "Manage rights"; null otherwise. */
function adminWithoutManageRights(strapi: Core.Strapi): boolean {
  const request = strapi.requestContext.get() as
    | { state?: { userAbility?: { can(action: string): boolean }; auth?: { strategy?: { name?: string } } } }
    | undefined;
  const ability = request?.state?.userAbility;
  return !!ability && request?.state?.auth?.strategy?.name === 'admin' && !ability.can(MANAGE_RIGHTS);
}

/**
 * Rights are the newsroom's legal terms: an admin whose role lacks "Manage
 * rights" may write articles (create, edit, clone, translate) but not change
 * their rights. What a write is compared with: the stored draft's rights (the
 * clone's source for a clone), or the settings' defaults for a new article or
 * locale. Writes from code (no admin request) are not restricted.
 */
export const rightsPermission: WriteStep = {
  name: 'rightsPermission',
  actions: DATA_ACTIONS,
  async run(write, next, strapi) {
    if (write.data.rights === undefined || !adminWithoutManageRights(strapi)) return next();
    const before = (await write.isNew()) ? defaultRights(await write.settings()) : (await write.stored())?.rights;
    if (JSON.stringify(comparable(before ?? {})) !== JSON.stringify(comparable(write.data.rights ?? {}))) {
      throw new errors.PolicyError('Changing rights needs the "Manage rights" permission (Newsroom › Rights)', { path: ['rights'] });
    }
    return next();
  },
};
