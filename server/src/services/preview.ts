import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { previewUrl } from '../channels/preview';
import { articlePageUrl } from '../channels/urls';
import { getService } from '../utils/get-service';
import { apiBase } from './channels';

/**
 * Strapi 5 preview: the URL the Content Manager's "Open preview" opens for an
 * article — the site's page from the settings' URL template, for the version
 * the editor is looking at (the draft's own slug), with a signed preview query.
 * An app's `config/admin.ts` hands its preview handler to `url()`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The preview URL, or null (no preview button target) for other content types, an unknown version, or no URL template. */
  async url(uid: string, params: { documentId?: string; locale?: string | null; status?: string }): Promise<string | null> {
    if (uid !== ARTICLE_UID || !params.documentId) return null;
    const settings = await getService(strapi, 'settings').get();
    // Without the site's page address there is nothing to open: the API serves published articles only.
    if (!settings.articleUrlTemplate) return null;
    const locale = params.locale || (await getService(strapi, 'locales').defaultLocale());
    const status = params.status === 'published' ? 'published' : 'draft';
    const version = (await strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId: params.documentId, locale, publishedAt: status === 'published' ? { $notNull: true } : null },
      select: ['slug'],
    })) as { slug?: string } | null;
    if (!version?.slug) return null;
    const page = articlePageUrl(settings.articleUrlTemplate, version.slug, locale, apiBase(strapi));
    const { previewSecret } = getService(strapi, 'settings').config().channels;
    return previewUrl(page, { documentId: params.documentId, locale, status }, previewSecret, new Date());
  },
});
