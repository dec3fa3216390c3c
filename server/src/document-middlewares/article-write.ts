import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { deriveArticle } from '../render/derive';
import type { NewsroomSettings } from '../services/settings';
import { validationError } from '../utils/errors';
import { getService } from '../utils/get-service';
import { assertMayChangeRights } from './rights-permission';
import { articleWriteProblems } from './validate-article';

type Data = Record<string, unknown>;

/** Fields the derived ones are computed from; a write touching any of them recomputes all. */
const SOURCE_FIELDS = ['title', 'standfirst', 'kicker', 'keywords', 'direction', 'body'] as const;

/**
 * Document Service middleware for `plugin::newsroom.article` writes: validates
 * (400 with field paths, before anything is written), assigns a unique slug and
 * stores the derived fields (word count, reading time, search text, render cache).
 */
export function articleWriteMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== ARTICLE_UID) return next();
    if (ctx.action === 'clone') return cloneArticle(strapi, ctx.params as { data?: Data }, next);
    if (ctx.action === 'publish') {
      await stampCopyrightYear(strapi, ctx.params as { documentId?: string; locale?: unknown });
      const result = await next();
      await reindexSuggestions(strapi, ctx.params as { documentId?: string; locale?: unknown });
      return result;
    }
    if (ctx.action === 'unpublish' || ctx.action === 'delete') {
      const result = await next();
      await reindexSuggestions(strapi, ctx.params as { documentId?: string; locale?: unknown });
      return result;
    }
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();

    const params = ctx.params as { data?: Data; locale?: string; documentId?: string };
    const data: Data = { ...(params.data ?? {}) };
    const isCreate = ctx.action === 'create';

    const problems = articleWriteProblems(data, isCreate);
    if (problems.length > 0) throw validationError(problems);

    const locale = params.locale ?? (await getService(strapi, 'locales').defaultLocale());
    const documentId = isCreate ? undefined : params.documentId;
    await assertMayChangeRights(strapi, data, async () =>
      documentId
        ? ((await strapi.documents(ARTICLE_UID).findOne({ documentId, locale, status: 'draft', fields: ['id'], populate: { rights: { populate: { basedOn: true } } } } as never)) as Data | null)?.rights
        : null
    );
    const settings = await getService(strapi, 'settings').get();

    // Partial updates: read what the write leaves untouched from the stored draft.
    const needsStored = !isCreate && documentId && SOURCE_FIELDS.some((f) => !(f in data));
    const stored = needsStored
      ? ((await strapi.documents(ARTICLE_UID).findOne({
          documentId,
          locale,
          status: 'draft',
          fields: ['title', 'standfirst', 'kicker', 'keywords', 'direction', 'slug'],
          populate: { body: true },
        } as never)) as Data | null)
      : null;
    const current = (field: string) => (field in data ? data[field] : stored?.[field]);

    const slug = await getService(strapi, 'slugs').assign({
      requested: data.slug as string | null | undefined,
      stored: (stored?.slug as string | null | undefined) ?? null,
      title: String(current('title') ?? ''),
      locale,
      documentId,
      strategy: settings.slugStrategy,
    });
    if (slug !== undefined) data.slug = slug;
    if (isCreate && !data.rights) data.rights = defaultRights(settings);

    if (isCreate || SOURCE_FIELDS.some((f) => f in data)) {
      const input = Object.fromEntries(SOURCE_FIELDS.map((f) => [f, current(f)]));
      Object.assign(data, deriveArticle(input, locale, settings.wordsPerMinute));
    }

    const links = getService(strapi, 'links');
    const touchesLinks = 'body' in data || 'related' in data;
    if (touchesLinks) await links.validate(data, locale, documentId);

    params.data = data;
    const result = await next();
    const written = result as { documentId?: string } | null;
    if ((isCreate || touchesLinks) && written?.documentId) await links.record(written.documentId, locale);
    return result;
  };
}

/**
 * A clone (the Content Manager's "duplicate") copies the source's slug into a
 * new document: validate the data first, then give every cloned version its own
 * unique slug in its locale.
 */
async function cloneArticle<T>(strapi: Core.Strapi, params: { data?: Data }, next: () => T): Promise<Awaited<T>> {
  const problems = articleWriteProblems(params.data ?? {}, false);
  if (problems.length > 0) throw validationError(problems);
  const result = await next();
  const cloned = result as { documentId?: string; entries?: { id: number; locale: string; slug: string | null; title: string }[] };
  for (const entry of cloned?.entries ?? []) {
    const slug = await getService(strapi, 'slugs').assign({
      requested: null,
      stored: null,
      title: entry.slug || entry.title,
      locale: entry.locale,
      documentId: cloned.documentId,
      strategy: 'unicode',
    });
    if (slug && slug !== entry.slug) {
      await strapi.db.query(ARTICLE_UID).update({ where: { id: entry.id }, data: { slug } });
      entry.slug = slug;
    }
    if (cloned.documentId) await getService(strapi, 'links').record(cloned.documentId, entry.locale);
  }
  return result;
}

/** Rights of a new article that names none: the settings' defaults (the year is set at first publication). */
function defaultRights(settings: NewsroomSettings): Data {
  return {
    license: settings.defaultLicense,
    copyrightHolder: settings.defaultCopyrightHolder ?? settings.publisherName,
    creditText: settings.defaultCreditText,
    reuseAllowed: settings.reuseAllowedByDefault,
    tdmReservation: settings.tdmReservation,
    tdmPolicyUrl: settings.tdmPolicyUrl,
  };
}

/**
 * `copyrightYear` defaults to the year of first publication: when a draft about
 * to be published has no year, this year is written into the draft first, so
 * later publications keep it.
 */
async function stampCopyrightYear(strapi: Core.Strapi, params: { documentId?: string; locale?: unknown }): Promise<void> {
  if (!params.documentId) return;
  const documents = strapi.documents(ARTICLE_UID);
  const locale = typeof params.locale === 'string' && params.locale !== '*' ? params.locale : undefined;
  const drafts = (await documents.findMany({
    filters: { documentId: params.documentId },
    status: 'draft',
    fields: ['locale'],
    populate: { rights: { populate: { basedOn: true } } },
    ...(locale ? { locale } : { locale: '*' }),
  } as never)) as Data[];
  const year = new Date().getUTCFullYear();
  for (const draft of drafts) {
    const rights = draft.rights as Data | null;
    if (rights && typeof rights.copyrightYear === 'number') continue;
    const { id: _id, basedOn, ...fields } = rights ?? {};
    const { id: _basedOnId, ...basedOnFields } = (basedOn as Data | null) ?? {};
    await documents.update({
      documentId: params.documentId,
      locale: draft.locale,
      data: { rights: { ...fields, ...(basedOn ? { basedOn: basedOnFields } : {}), copyrightYear: year } },
    } as never);
  }
}

/** Keep the suggestion index in step with what is published: (re)index or drop the document's versions. */
async function reindexSuggestions(strapi: Core.Strapi, params: { documentId?: string; locale?: unknown }): Promise<void> {
  if (!params.documentId) return;
  const suggestions = getService(strapi, 'suggestions');
  const named = typeof params.locale === 'string' && params.locale !== '*' ? [params.locale] : Array.isArray(params.locale) ? (params.locale as string[]) : null;
  const locales = named ?? (params.locale === undefined ? [await getService(strapi, 'locales').defaultLocale()] : await getService(strapi, 'locales').codes());
  for (const locale of locales) await suggestions.indexDocument(params.documentId, locale);
}
