import { components } from '../../../content-types';
import { resolveCopyright, type RightsDefaults } from './resolve';

type Data = Record<string, unknown>;

/** The rights component's own attribute defaults (e.g. `noSnippet: false`), as the database stores them. */
const SCHEMA_DEFAULTS: Data = Object.fromEntries(
  Object.entries(components['newsroom.rights'].attributes as Record<string, { default?: unknown }>)
    .filter(([, attribute]) => attribute.default !== undefined)
    .map(([name, attribute]) => [name, attribute.default])
);

/** Rights stored on a new article or locale that names none: the settings' defaults (the year comes at first publication). */
export function defaultRights(settings: RightsDefaults): Data {
  return {
    ...SCHEMA_DEFAULTS,
    license: settings.defaultLicense,
    copyrightHolder: resolveCopyright(null, settings, null).copyrightHolder,
    creditText: settings.defaultCreditText,
    reuseAllowed: settings.reuseAllowedByDefault,
    tdmReservation: settings.tdmReservation,
    tdmPolicyUrl: settings.tdmPolicyUrl,
  };
}
