import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const MANAGE_RIGHTS = 'plugin::newsroom.rights.manage';

type Data = Record<string, any>;

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

/**
 * Rights are the newsroom's legal terms: an admin whose role lacks "Manage
 * rights" may write articles but not change their rights. Writes from code
 * (Document Service without an admin request) are not restricted.
 */
export async function assertMayChangeRights(strapi: Core.Strapi, data: Data, stored: () => Promise<unknown>): Promise<void> {
  if (!('rights' in data) || data.rights === undefined) return;
  const request = strapi.requestContext.get() as { state?: { userAbility?: { can(action: string): boolean }; auth?: { strategy?: { name?: string } } } } | undefined;
  const ability = request?.state?.userAbility;
  if (!ability || request?.state?.auth?.strategy?.name !== 'admin' || ability.can(MANAGE_RIGHTS)) return;
  const before = JSON.stringify(comparable((await stored()) ?? {}));
  const after = JSON.stringify(comparable(data.rights ?? {}));
  if (before !== after) {
    throw new errors.PolicyError('Changing rights needs the "Manage rights" permission (Newsroom › Rights)', { path: ['rights'] });
  }
}
