import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { slugFor, uniqueSlug, type SlugStrategy } from '../text';
import { validationError } from '../utils/errors';

export interface SlugRequest {
  /** What the write asked for: a slug, '' or null to regenerate, undefined to leave as is. */
  requested: string | null | undefined;
  /** The slug the document already has in this locale, if any. */
  stored: string | null;
  title: string;
  locale: string;
  /** The document being written; its own rows never count as a collision. */
  documentId?: string;
  /** How to build a slug from the title when one must be generated. */
  strategy: SlugStrategy;
}

/** Used when a title has no letter or digit to build a slug from. */
const FALLBACK_BASE = 'article';

/** Slugs: generated from the title, unique per locale, never silently changed once chosen. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Slugs already used in `locale` by other documents that equal `base` or `base-N`. */
  async taken(base: string, locale: string, documentId?: string): Promise<Set<string>> {
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({
      select: ['slug'],
      where: {
        locale,
        slug: { $startsWith: base },
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      },
    })) as { slug: string | null }[];
    const suffixed = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+$`, 'u');
    // Compared here, not in SQL: some collations equate Arabic letter variants.
    return new Set(rows.map((r) => r.slug).filter((s): s is string => !!s && (s === base || suffixed.test(s))));
  },

  /**
   * The slug to store, or undefined to keep the stored one. A slug the editor
   * typed is kept as typed and refused (400) when another article has it; a
   * generated one gets `-2`, `-3`… on collision.
   */
  async assign(request: SlugRequest): Promise<string | undefined> {
    const { requested, stored, title, locale, documentId, strategy } = request;
    if (typeof requested === 'string' && requested !== '') {
      if (requested === stored) return undefined;
      const taken = await this.taken(requested, locale, documentId);
      if (taken.has(requested)) {
        throw validationError([{ path: ['slug'], message: `"${requested}" is already used by another article in locale "${locale}"` }]);
      }
      return requested;
    }
    if (requested === undefined && stored) return undefined;
    const base = slugFor(title, strategy) || FALLBACK_BASE;
    return uniqueSlug(base, await this.taken(base, locale, documentId));
  },

  /**
   * A clone's draft in `locale` carries its source's slug: give it its own
   * (the source's slug with `-2`, `-3`…, or the clone's title when it has none).
   */
  async uniqueForClone(documentId: string, locale: string): Promise<void> {
    const rows = strapi.db.query(ARTICLE_UID);
    const draft = (await rows.findOne({ where: { documentId, locale, publishedAt: null }, select: ['id', 'slug', 'title'] })) as
      | { id: number; slug: string | null; title: string | null }
      | null;
    if (!draft) return;
    const base = slugFor(draft.slug || draft.title || '', 'unicode') || FALLBACK_BASE;
    const slug = uniqueSlug(base, await this.taken(base, locale, documentId));
    if (slug !== draft.slug) await rows.update({ where: { id: draft.id }, data: { slug } });
  },
});
