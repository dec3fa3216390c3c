import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import { ARTICLE_UID } from '../../../content-types';
import { neutralisePastedArticle } from '../import/pasted-article';
import { WORDPRESS_ITEM_UID } from '../models/wordpress-import';
import { slugProblem, uniqueSlug } from '../text';
import { getService } from '../utils/get-service';
import type { ConvertedBlock } from '../wordpress/html-blocks';
import type { InlineNode } from '../wordpress/inline';
import type { ArticlePlan, ExportAttachment } from '../wordpress/map-post';
import { absoluteHttpUrl, linkKey, linkTarget } from '../wordpress/old-links';
import type { ReportEntry } from '../wordpress/report';
import type { MediaUploader } from './wordpress-media';

type Row = Record<string, any>;

export interface WriteContext {
  locale: string;
  jobId: number;
  /** Attachment post id → its file URL, alt text and caption (featured images, gallery images). */
  attachments: ReadonlyMap<number, ExportAttachment>;
  /** Post id → its attached images' ids, in export order (a `[gallery]` without `ids` shows them). */
  attachedTo: ReadonlyMap<number, readonly number[]>;
  media: MediaUploader | null;
  /** Report a note about the post being written. */
  note(entry: Omit<ReportEntry, 'postId'>): void;
  /** Only report read-also links left unresolved (the final pass), nothing else again. */
  finalPass: boolean;
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/** A post ready to be written: the article's data as the pipeline takes it, and its mapping row. */
export interface PreparedWrite {
  /** The article updated; null for a new one. */
  documentId: string | null;
  /** The article exists in other locales only (a multilingual site's post in another language): this write makes its version in `locale`. */
  newLocale: boolean;
  locale: string;
  data: Record<string, any>;
  publish: boolean;
  /** The slug the data asks for, if any (a later post of the same batch must not take it). */
  slug: string | null;
  /** The mapping row (post id/GUID → article), without the article's document id. */
  item: Record<string, any>;
  /** The mapping row's id when the post was imported before. */
  knownId: number | null;
  /** The post's translation group when this write makes the group's article (none of its posts came in yet): claimed with the create. */
  groupFirst: string | null;
}

export type CommitOutcome = { ok: true; outcome: 'created' | 'updated'; documentId: string } | { ok: false; error: unknown };

/** The key of a post in a locale: its id and GUID (two sites' post 5 are two posts). */
export const itemKey = (locale: string, postId: number, guid: string) => createHash('sha256').update(`${locale}\u0000${postId}\u0000${guid}`).digest('hex');

const paragraph = (children: InlineNode[]) => ({ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children }] });

/** Media files of a prepared post (its uploads and earlier ones it reuses), by Media Library id. */
const filesOf = (p: PreparedWrite): number[] => Object.values((p.item.media as Record<string, number> | null) ?? {});

/**
 * Writes imported posts through the Document Service, so the plugin's whole write pipeline runs.
 * `stored`: told the media files of each post once its article is stored (they are in use).
 */
export function wordpressWriter(strapi: Core.Strapi, hooks: { stored?(fileIds: number[]): void; deferSearchPostings?: boolean } = {}) {
  const items = () => strapi.db.query(WORDPRESS_ITEM_UID);
  const articles = () => strapi.db.query(ARTICLE_UID);

  /**
   * What `prepare` looks up, read for many posts at once (`readAhead`), kept until their posts are
   * prepared (a post waiting for a later target is prepared some batches on): each post's mapping row
   * by key (null: none), the slugs no document holds, and read-also targets by post id or old
   * permalink. A mapping row and a free slug are used once (a post written since may have taken the
   * key or the slug: a second look goes to the database). A target found stays found; one no row
   * answered (`absent`) is learnt when this writer creates it.
   */
  const ahead = {
    locale: '',
    items: new Map<string, Row | null>(),
    freeSlugs: new Set<string>(),
    targets: new Map<string, string>(),
    absent: new Set<string>(),
    clear() {
      this.items.clear();
      this.freeSlugs.clear();
      this.targets.clear();
      this.absent.clear();
    },
  };
  /** Entries kept at most, per kind: beyond, what was read ahead is dropped (posts then look up themselves). */
  const AHEAD_MAX = 5000;
  const targetKey = (target: { postId: number } | { linkKey: string }) => ('postId' in target ? `p:${target.postId}` : `l:${target.linkKey}`);

  /** The document a read-also link points at: by post id, by old permalink, else by the exact title in the locale. */
  async function targetOf(block: Extract<ConvertedBlock, { pending: 'read-also' }>, locale: string, base: string): Promise<string | null> {
    if (block.href) {
      const target = linkTarget(block.href, base || undefined);
      if (!target) return null;
      const found = ahead.locale === locale ? ahead.targets.get(targetKey(target)) : undefined;
      if (found) return found;
      const row = (await items().findOne({ where: { locale, ...target }, select: ['documentId'] })) as Row | null;
      return row?.documentId ?? null;
    }
    if (!block.title) return null;
    const row = (await articles().findOne({ where: { locale, title: block.title }, select: ['documentId', 'title'] })) as Row | null;
    return row && row.title === block.title ? row.documentId : null;
  }

  /**
   * The article a post of a multilingual site belongs to (Polylang's translation group): one an import
   * into another locale wrote for a post of the same group, which has no version in `locale` yet (an
   * editor's own translation there is never written over); null when there is none. `first`: no post
   * of the group was imported yet, in any locale, so this one makes the group's article (and claims it).
   * `claimed`: a post of the group holds its claim (it made the group's article).
   */
  async function translatedArticle(group: string, locale: string): Promise<{ documentId: string | null; first: boolean; claimed: boolean }> {
    const all = (await items().findMany({ where: { translationGroup: group }, select: ['documentId', 'locale', 'groupFirst'], orderBy: { id: 'asc' } })) as Row[];
    // First: no post of the group came in, in any locale (two posts of one locale in a group, which Polylang never writes, do not both claim it).
    if (all.length === 0) return { documentId: null, first: true, claimed: false };
    const claimed = all.some((row) => row.groupFirst);
    const rows = all.filter((row) => row.locale !== locale);
    if (rows.length === 0) return { documentId: null, first: false, claimed };
    // The locales of every candidate article at once: the first that has versions, none of them in `locale`.
    const versions = (await articles().findMany({ where: { documentId: { $in: [...new Set(rows.map((row) => row.documentId))] } }, select: ['documentId', 'locale'] })) as Row[];
    const localesOf = new Map<string, Set<string>>();
    for (const v of versions) localesOf.set(v.documentId, (localesOf.get(v.documentId) ?? new Set()).add(v.locale));
    const documentId = rows.map((row) => row.documentId as string).find((id) => localesOf.has(id) && !localesOf.get(id)!.has(locale)) ?? null;
    return { documentId, first: false, claimed };
  }

  /** The post's read-also links that find no target now. */
  async function unresolvedLinks(plan: ArticlePlan, locale: string, self: string): Promise<Extract<ConvertedBlock, { pending: 'read-also' }>[]> {
    const left: Extract<ConvertedBlock, { pending: 'read-also' }>[] = [];
    for (const block of plan.body) {
      if ('pending' in block && block.pending === 'read-also') {
        const target = await targetOf(block, locale, plan.link);
        if (!target || target === self) left.push(block);
      }
    }
    return left;
  }

  const noteUnresolved = (block: Extract<ConvertedBlock, { pending: 'read-also' }>, context: WriteContext) =>
    context.note({ code: 'read-also-unresolved', detail: `"${block.title}" (${block.href ?? 'no link'}): no imported article found; kept as a paragraph` });

  /** The body as stored: pending media uploaded (or kept as a link and reported), read-also links resolved (or kept as text). */
  async function resolveBody(plan: ArticlePlan, context: WriteContext, self: string | null, uploads: Map<string, number>): Promise<{ body: Row[]; unresolved: number }> {
    const body: Row[] = [];
    let unresolved = 0;
    for (const block of plan.body) {
      if ('__component' in block) {
        body.push(block);
      } else if (block.pending === 'read-also') {
        const target = await targetOf(block, context.locale, plan.link);
        if (target && target !== self) {
          body.push({ __component: 'newsroom.related-link', kind: block.kind, article: { documentId: target, locale: context.locale }, label: null });
        } else {
          unresolved += 1;
          body.push({ __component: 'newsroom.paragraph', text: block.original });
          if (context.finalPass) noteUnresolved(block, context);
        }
      } else {
        for (const source of mediaSources(block, plan, context)) {
          const caption = block.caption || source.caption;
          const file = await uploadOrNote(source.src, { alt: source.alt, caption }, context, uploads);
          if (file !== null) body.push({ __component: 'newsroom.media', file, caption, credit: null });
          else {
            // A link to the old file where its source is a web address (wordpress/body-links.ts resolved what it could), else its text.
            const text = [{ type: 'text' as const, text: caption || source.alt || source.src }];
            const url = absoluteHttpUrl(source.src);
            body.push(paragraph(block.link.length > 0 ? block.link : url ? [{ type: 'link', url, children: text }] : text));
          }
        }
      }
    }
    return { body, unresolved };
  }

  /** The export attachments a media block shows: the one it names, or for `[gallery]` without ids the post's own. */
  const blockAttachments = (block: Extract<ConvertedBlock, { pending: 'media' }>, plan: ArticlePlan, context: WriteContext): readonly number[] =>
    block.attachment === undefined ? [] : block.attachment === 'post' ? (context.attachedTo.get(plan.postId) ?? []) : [block.attachment];

  /** The export attachments a post shows (its featured image, its media blocks'), by id, in order. */
  function attachmentIds(plan: ArticlePlan, context: WriteContext): number[] {
    const ids = plan.thumbnailId !== null ? [plan.thumbnailId] : [];
    for (const block of plan.body) if ('pending' in block && block.pending === 'media') ids.push(...blockAttachments(block, plan, context));
    return ids;
  }

  /**
   * What an unchanged post is recognised by: its item's hash (the item, the converter, its author's and
   * categories' names), and the export attachments it shows, their file, alt text and caption as the
   * export has them now. An attachment edited on the old site (a corrected caption) makes its posts changed.
   */
  function sourceHash(plan: ArticlePlan, context: WriteContext): string {
    const ids = attachmentIds(plan, context);
    if (ids.length === 0) return plan.hash;
    const shown = ids.map((id) => [id, context.attachments.get(id) ?? null]);
    return createHash('sha256').update(JSON.stringify([plan.hash, shown])).digest('hex');
  }

  /** The caption of an export attachment a post shows; a caption cut to the component's length is reported. */
  function attachmentCaption(id: number, attachment: ExportAttachment, context: WriteContext): string | null {
    if (attachment.captionCut && !context.finalPass) context.note({ code: 'shortened', detail: `the caption of attachment ${id} cut to ${attachment.caption?.length} characters` });
    return attachment.caption;
  }

  /** The files a media block shows: its source, or the export's attachments a `[gallery]` names (those missing reported), with their captions. */
  function mediaSources(block: Extract<ConvertedBlock, { pending: 'media' }>, plan: ArticlePlan, context: WriteContext): { src: string; alt: string; caption: string | null }[] {
    if (block.attachment === undefined) return [{ src: block.src, alt: block.alt, caption: null }];
    const ids = blockAttachments(block, plan, context);
    const sources: { src: string; alt: string; caption: string | null }[] = [];
    for (const id of ids) {
      const attachment = context.attachments.get(id);
      if (attachment) sources.push({ src: attachment.url, alt: block.alt || attachment.alt, caption: attachmentCaption(id, attachment, context) });
      else if (!context.finalPass) context.note({ code: 'media-missing', detail: `a [gallery] image: attachment ${id} is not in the export` });
    }
    if (ids.length === 0 && !context.finalPass) context.note({ code: 'media-missing', detail: 'a [gallery] of the post’s own images: the export holds none attached to it' });
    return sources;
  }

  async function uploadOrNote(url: string, info: { alt: string; caption: string | null }, context: WriteContext, uploads: Map<string, number>): Promise<number | null> {
    const earlier = uploads.get(url);
    if (earlier !== undefined && (await strapi.db.query('plugin::upload.file').count({ where: { id: earlier } })) > 0) return earlier;
    if (!context.media) {
      if (!context.finalPass) context.note({ code: 'media-external', detail: `${url}: kept as a link (media upload is off)` });
      return null;
    }
    try {
      const id = await context.media.upload(url, info);
      uploads.set(url, id);
      return id;
    } catch (error) {
      if (!context.finalPass) context.note({ code: 'media-external', detail: `${url}: could not be uploaded (${(error as Error).message}); kept as a link` });
      return null;
    }
  }

  /** A free slug in the locale for the post's own slug: as it was when free, else with the plugin's suffix (reported). */
  async function slugFor(wanted: string | null, context: WriteContext, documentId: string | null, pending: ReadonlySet<string>): Promise<string | undefined> {
    if (!wanted) return undefined;
    const problem = slugProblem(wanted);
    if (problem) {
      if (!context.finalPass) context.note({ code: 'slug-replaced', detail: `the slug "${wanted}" ${problem}: one is made from the title` });
      return undefined;
    }
    // Held by no document when read ahead, and chosen by no post since.
    if (ahead.locale === context.locale && ahead.freeSlugs.delete(wanted) && !pending.has(wanted)) return wanted;
    // No owner yet (a new article): '' is no document's id, so every holder counts.
    const taken = await getService(strapi, 'slugs').taken(wanted, context.locale, documentId ?? '');
    for (const slug of pending) taken.add(slug);
    if (!taken.has(wanted)) return wanted;
    const free = uniqueSlug(wanted, taken);
    if (!context.finalPass) context.note({ code: 'slug-taken', detail: `the slug "${wanted}" is used by another article in "${context.locale}": stored as "${free}"` });
    return free;
  }

  /**
   * Write prepared posts: new articles as one batch through the pipeline, each with its mapping row in
   * the transaction that writes it (a crash between the two would make a re-import create it again);
   * updates one by one, their mapping row after (it names the same article).
   */
  async function commit(prepared: readonly PreparedWrite[]): Promise<CommitOutcome[]> {
    const outcomes: CommitOutcome[] = prepared.map(() => ({ ok: false, error: new Error('not written') }));
    const mappingRow = (p: PreparedWrite, documentId: string) => ({ ...p.item, documentId });
    /** New articles for the posts at these indexes, one batch through the pipeline; `claim`: the group's claim on fresh mapping rows. */
    async function create(indexes: number[], claim: boolean): Promise<void> {
      const created = await getService(strapi, 'articles').createMany(
        indexes.map((i) => ({ locale: prepared[i].locale, data: prepared[i].data, ...(prepared[i].publish ? { status: 'published' } : {}) })),
        {
          // The import builds them once its posts are written (search.buildPending), many articles' at once.
          deferSearchPostings: hooks.deferSearchPostings,
          async onWritten(written) {
            const fresh: Row[] = [];
            for (const { index, entry } of written) {
              const p = prepared[indexes[index]];
              // Known: its article was deleted since the last import, and this creates it again.
              if (p.knownId !== null) await items().update({ where: { id: p.knownId }, data: mappingRow(p, entry.documentId) });
              // The group's claim: unique, so another import that made the group's article first refuses this create.
              else fresh.push({ ...mappingRow(p, entry.documentId), groupFirst: claim ? p.groupFirst : null });
            }
            if (fresh.length > 0) await items().createMany({ data: fresh });
          },
        }
      );
      indexes.forEach((i, n) => {
        const result = created[n];
        outcomes[i] = result.ok ? { ok: true, outcome: 'created', documentId: result.entry.documentId } : { ok: false, error: result.error };
        if (result.ok) hooks.stored?.(filesOf(prepared[i]));
      });
    }
    await create(
      prepared.flatMap((p, i) => (p.documentId ? [] : [i])),
      true
    );
    // A post that was to make its group's article, refused by the group's claim: another locale's import running at the
    // same moment made it first, and the post becomes that article's version in its locale; or another post of its own
    // locale claimed the group (an export that files two posts of one language in a group), and it is an article of its own.
    // A post whose group no one claimed failed for a reason of its own, and keeps its error (written again, it would fail again).
    const joins = new Map<number, string>();
    const unclaimed: number[] = [];
    for (const [i, p] of prepared.entries()) {
      if (outcomes[i].ok || p.documentId || !p.groupFirst) continue;
      const { documentId, claimed } = await translatedArticle(p.groupFirst, p.locale);
      if (!claimed) continue;
      if (documentId) joins.set(i, documentId);
      else unclaimed.push(i);
    }
    if (unclaimed.length > 0) await create(unclaimed, false);
    for (const [i, p] of prepared.entries()) {
      const documentId = p.documentId ?? joins.get(i);
      if (!documentId) continue;
      try {
        const write = () => strapi.documents(ARTICLE_UID).update({ documentId, locale: p.locale, data: p.data, ...(p.publish ? { status: 'published' } : {}) } as never);
        if (p.knownId !== null) {
          await write();
          // Stored, whatever becomes of its mapping row.
          hooks.stored?.(filesOf(p));
          await items().update({ where: { id: p.knownId }, data: mappingRow(p, documentId) });
        } else {
          // A post of a multilingual site whose article another locale's import made: its version here (Strapi's update of a
          // new locale) and its mapping row in one transaction, as a create's, or a re-import would not find it and make another.
          await strapi.db.transaction(async () => {
            await write();
            await items().create({ data: mappingRow(p, documentId) });
          });
          hooks.stored?.(filesOf(p));
        }
        outcomes[i] = { ok: true, outcome: p.newLocale || joins.has(i) ? 'created' : 'updated', documentId };
      } catch (error) {
        outcomes[i] = { ok: false, error };
      }
    }
    learnTargets(prepared, outcomes);
    return outcomes;
  }

  /**
   * Targets read ahead and not found, which these writes' mapping rows now answer: the document of
   * the one row written for the key (a key two writes answer is left to each post's own lookup).
   */
  function learnTargets(prepared: readonly PreparedWrite[], outcomes: readonly CommitOutcome[]): void {
    const written = new Map<string, Set<string>>();
    prepared.forEach((p, i) => {
      const outcome = outcomes[i];
      if (!outcome.ok || p.locale !== ahead.locale) return;
      for (const key of [`p:${p.item.postId}`, p.item.linkKey ? `l:${p.item.linkKey}` : null]) {
        if (key && ahead.absent.has(key)) written.set(key, (written.get(key) ?? new Set()).add(outcome.documentId));
      }
    });
    for (const [key, documentIds] of written) {
      ahead.absent.delete(key);
      if (documentIds.size === 1) ahead.targets.set(key, [...documentIds][0]);
    }
  }

  return {
    /**
     * Everything before a planned post is written: its key looked up, an unchanged post recognised, read-also
     * targets resolved, media uploaded, a free slug chosen (`pendingSlugs`: slugs chosen for posts not written
     * yet, taken as well), pasted controls removed. `commit` writes what this prepares.
     */
    async prepare(plan: ArticlePlan, context: WriteContext, pendingSlugs: ReadonlySet<string> = new Set()): Promise<PreparedWrite | { outcome: 'unchanged'; documentId: string }> {
      const key = itemKey(context.locale, plan.postId, plan.guid);
      const known = ahead.items.has(key) ? ahead.items.get(key)! : ((await items().findOne({ where: { key } })) as Row | null);
      ahead.items.delete(key);
      const exists = known ? (await articles().count({ where: { documentId: known.documentId, locale: context.locale } })) > 0 : false;
      const hash = sourceHash(plan, context);
      // Unchanged: same source, same converter, and no read-also target found since it was written.
      if (known && exists && known.hash === hash) {
        const left = known.unresolved > 0 ? await unresolvedLinks(plan, context.locale, known.documentId) : [];
        if (left.length >= known.unresolved) {
          if (context.finalPass) for (const block of left) noteUnresolved(block, context);
          return { outcome: 'unchanged', documentId: known.documentId };
        }
      }
      const ownArticle: string | null = exists ? known!.documentId : null;
      // A post of a multilingual site whose other language came in first: this locale's version of that article.
      const group = !ownArticle && plan.translationGroup ? await translatedArticle(plan.translationGroup, context.locale) : null;
      const translationOf = group?.documentId ?? null;
      const documentId = ownArticle ?? translationOf;

      const uploads = new Map<string, number>(Object.entries((known?.media as Record<string, number> | null) ?? {}));
      const { body, unresolved } = await resolveBody(plan, context, documentId, uploads);
      const thumbnail = plan.thumbnailId !== null ? context.attachments.get(plan.thumbnailId) : undefined;
      const coverCaption = thumbnail ? attachmentCaption(plan.thumbnailId!, thumbnail, context) : null;
      const coverFile = thumbnail ? await uploadOrNote(thumbnail.url, { alt: thumbnail.alt, caption: coverCaption }, context, uploads) : null;
      const slug = await slugFor(plan.data.slug, context, documentId, pendingSlugs);
      const raw: Row = { ...plan.data, slug, body, ...(coverFile !== null ? { cover: { file: coverFile, caption: coverCaption, credit: null } } : {}) };
      if (raw.slug === undefined) delete raw.slug;
      const { data, changes } = neutralisePastedArticle(raw);
      if (!context.finalPass && changes.length > 0) context.note({ code: 'pasted-controls', detail: `invisible controls removed from ${changes.map((c) => c.path.join('.')).join(', ')}` });
      if (!context.finalPass && plan.scheduledFor) context.note({ code: 'future', detail: `scheduled for ${plan.scheduledFor}: imported as a draft` });
      const item = {
        key,
        locale: context.locale,
        postId: plan.postId,
        guid: plan.guid,
        link: plan.link,
        linkKey: plan.link ? linkKey(plan.link) : null,
        hash,
        unresolved,
        media: Object.fromEntries(uploads),
        jobId: context.jobId,
        translationGroup: plan.translationGroup,
      };
      return {
        documentId,
        newLocale: translationOf !== null,
        locale: context.locale,
        data,
        publish: plan.publish,
        slug: typeof data.slug === 'string' ? data.slug : null,
        item,
        knownId: known ? known.id : null,
        groupFirst: group?.first ? plan.translationGroup : null,
      };
    },

    commit,

    /**
     * Read what `prepare` will look up for these posts, a query per kind for all of them instead of
     * one per post (on PostgreSQL each is a round trip): their mapping rows, whether their slugs are
     * held, their read-also targets. Kept with what was read for earlier posts not prepared yet, all
     * of it dropped past AHEAD_MAX entries of a kind or for another locale.
     */
    async readAhead(plans: readonly ArticlePlan[], locale: string): Promise<void> {
      if (ahead.locale !== locale || Math.max(ahead.items.size, ahead.freeSlugs.size, ahead.targets.size + ahead.absent.size) > AHEAD_MAX) ahead.clear();
      ahead.locale = locale;
      if (plans.length === 0) return;
      const keys = plans.map((plan) => itemKey(locale, plan.postId, plan.guid));
      const rows = (await items().findMany({ where: { key: { $in: keys } } })) as Row[];
      const byKey = new Map(rows.map((row) => [row.key as string, row]));
      for (const key of keys) ahead.items.set(key, byKey.get(key) ?? null);

      const wanted = [...new Set(plans.map((plan) => plan.data.slug).filter((slug): slug is string => typeof slug === 'string' && slug !== '' && !slugProblem(slug)))];
      const held = await getService(strapi, 'slugs').held(wanted, locale);
      for (const slug of wanted) if (!held.has(slug)) ahead.freeSlugs.add(slug);

      const targets = new Map<string, { postId: number } | { linkKey: string }>();
      for (const plan of plans) {
        for (const block of plan.body) {
          if (!('pending' in block) || block.pending !== 'read-also' || !block.href) continue;
          const target = linkTarget(block.href, plan.link || undefined);
          if (target && !ahead.targets.has(targetKey(target))) targets.set(targetKey(target), target);
        }
      }
      const postIds = [...targets.values()].flatMap((t) => ('postId' in t ? [t.postId] : []));
      const linkKeys = [...targets.values()].flatMap((t) => ('linkKey' in t ? [t.linkKey] : []));
      if (postIds.length + linkKeys.length === 0) return;
      const found = (await items().findMany({
        where: { locale, $or: [...(postIds.length > 0 ? [{ postId: { $in: postIds } }] : []), ...(linkKeys.length > 0 ? [{ linkKey: { $in: linkKeys } }] : [])] },
        select: ['documentId', 'postId', 'linkKey'],
      })) as Row[];
      // A target two mapping rows answer (one post id from two sites) is left to prepare's own lookup, as before.
      const answers = new Map<string, Set<string>>();
      for (const row of found) {
        for (const key of [`p:${row.postId}`, row.linkKey ? `l:${row.linkKey}` : null]) {
          if (key && targets.has(key)) answers.set(key, (answers.get(key) ?? new Set()).add(row.documentId));
        }
      }
      for (const [key, documentIds] of answers) if (documentIds.size === 1) ahead.targets.set(key, [...documentIds][0]);
      for (const key of targets.keys()) if (!answers.has(key)) ahead.absent.add(key);
    },

    /** Prepare and write one planned post (create or update its article); `unchanged` when it was imported as it is. */
    async write(plan: ArticlePlan, context: WriteContext): Promise<{ outcome: WriteOutcome; documentId: string }> {
      const prepared = await this.prepare(plan, context);
      if ('outcome' in prepared) return prepared;
      const [result] = await commit([prepared]);
      if (!result.ok) throw result.error;
      return { outcome: result.outcome, documentId: result.documentId };
    },
  };
}
