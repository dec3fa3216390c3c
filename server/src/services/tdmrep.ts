import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { getService } from '../utils/get-service';

/** One rule of a W3C TDMRep `tdmrep.json` file; the first rule whose location matches applies. */
export interface TdmRepRule {
  location: string;
  'tdm-reservation': 0 | 1;
  'tdm-policy'?: string;
}

export const ARTICLES_PATH = '/api/newsroom/articles';

/**
 * The site's TDMRep file: one rule per published article whose reservation or
 * policy differs from the site default, then the default for every article URL
 * (and its reuse endpoint) of this API.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async rules(): Promise<TdmRepRule[]> {
    const settings = await getService(strapi, 'settings').get();
    const reserved = settings.tdmReservation;
    const exceptions = (await strapi.documents(ARTICLE_UID).findMany({
      status: 'published',
      locale: '*',
      fields: ['slug', 'locale'],
      populate: { rights: { fields: ['tdmReservation', 'tdmPolicyUrl'] } },
      filters: { $or: [{ rights: { tdmReservation: { $eq: !reserved } } }, { rights: { tdmPolicyUrl: { $notNull: true, $ne: '' } } }] },
    } as never)) as unknown as { slug: string; locale: string; rights: { tdmReservation: boolean | null; tdmPolicyUrl: string | null } | null }[];
    const rule = (location: string, isReserved: boolean, policy: string | null): TdmRepRule => ({
      location,
      'tdm-reservation': isReserved ? 1 : 0,
      ...(policy ? { 'tdm-policy': policy } : {}),
    });
    const specific = exceptions.flatMap(({ slug, rights }) => {
      const isReserved = rights?.tdmReservation ?? reserved;
      const policy = rights?.tdmPolicyUrl || settings.tdmPolicyUrl;
      const path = `${ARTICLES_PATH}/${encodeURIComponent(slug)}`;
      return [rule(path, isReserved, policy), rule(`${path}/reuse`, isReserved, policy)];
    });
    return [...specific, rule(`${ARTICLES_PATH}/*`, reserved, settings.tdmPolicyUrl)];
  },
});
