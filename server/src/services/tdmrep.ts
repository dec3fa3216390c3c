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
 * Articles listed one by one at most: the file is public and unauthenticated,
 * so its size and the query behind it are bounded whatever the archive holds.
 */
export const MAX_LISTED_ARTICLES = 500;

/**
 * The site's TDMRep file: one rule per published article whose reservation or
 * policy differs from the site default (the most recently published first, at
 * most MAX_LISTED_ARTICLES), then the default for every article URL (and its
 * reuse endpoint) of this API. When more articles differ than are listed, the
 * default rule reserves rights: the file never grants mining rights an article
 * did not (each article's own `tdm-reservation` header stays exact).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The rules; `maxListed` bounds the articles listed one by one. */
  async rules(maxListed = MAX_LISTED_ARTICLES): Promise<TdmRepRule[]> {
    const settings = await getService(strapi, 'settings').get();
    const reserved = settings.tdmReservation;
    const exceptions = (await strapi.documents(ARTICLE_UID).findMany({
      status: 'published',
      locale: '*',
      fields: ['slug', 'locale'],
      populate: { rights: { fields: ['tdmReservation', 'tdmPolicyUrl'] } },
      filters: { $or: [{ rights: { tdmReservation: { $eq: !reserved } } }, { rights: { tdmPolicyUrl: { $notNull: true, $ne: '' } } }] },
      sort: [{ publishedAt: 'desc' }, { id: 'desc' }],
      limit: maxListed + 1,
    } as never)) as unknown as { slug: string; locale: string; rights: { tdmReservation: boolean | null; tdmPolicyUrl: string | null } | null }[];
    const rule = (location: string, isReserved: boolean, policy: string | null): TdmRepRule => ({
      location,
      'tdm-reservation': isReserved ? 1 : 0,
      ...(policy ? { 'tdm-policy': policy } : {}),
    });
    const truncated = exceptions.length > maxListed;
    const specific = exceptions.slice(0, maxListed).flatMap(({ slug, rights }) => {
      const isReserved = rights?.tdmReservation ?? reserved;
      const policy = rights?.tdmPolicyUrl || settings.tdmPolicyUrl;
      const path = `${ARTICLES_PATH}/${encodeURIComponent(slug)}`;
      return [rule(path, isReserved, policy), rule(`${path}/reuse`, isReserved, policy)];
    });
    return [...specific, rule(`${ARTICLES_PATH}/*`, reserved || truncated, settings.tdmPolicyUrl)];
  },
});
