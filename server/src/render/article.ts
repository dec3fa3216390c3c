import type { DirectionSetting, LinkKind } from '../../../content-types';
import { isolatePlain, neutralizeBidiControls, firstStrongDirection } from '../text';
import type {
  ArticleDetail,
  ArticleRef,
  ArticleSummary,
  BodyBlock,
  MediaFile,
  RichTextNode,
  TextDirection,
} from '../types/api';
import { articleJsonLd, copyrightLine, jsonLdScript, resolveRights, templateFor, type RightsDefaults } from '../rights';
import { languageAlternates, type TranslationRow } from './alternates';
import { articleDates, publicationDate, type DateSettings, type PublicationDates } from './dates';
import { decideArticleDirection, deriveArticle, DERIVED_VERSION, type BlockCache, type RenderCache } from './derive';
import { linkKindLabel } from './labels';

/** An article row as the Document Service returns it with the read populate. */
export type ArticleEntry = Record<string, any>;

/**
 * A stored string as the API serves it: null when empty, embedding/override and
 * isolate controls removed (the API sets direction itself; a stray RLO must not
 * reverse an app's page). What the editor stored is left as typed.
 */
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? neutralizeBidiControls(value) : null);
const text = (value: unknown): string => str(value) ?? '';

/** Rich text with the same neutralisation applied to every text node. */
function cleanRichText(nodes: unknown): RichTextNode[] {
  if (!Array.isArray(nodes)) return [];
  return nodes.map((node: RichTextNode) => ({
    ...node,
    ...(typeof node.text === 'string' ? { text: neutralizeBidiControls(node.text) } : {}),
    ...(Array.isArray(node.children) ? { children: cleanRichText(node.children) } : {}),
  }));
}

function renderFile(file: any): MediaFile | null {
  if (!file || typeof file.url !== 'string') return null;
  return {
    url: file.url,
    name: file.name ?? '',
    mime: file.mime ?? '',
    width: file.width ?? null,
    height: file.height ?? null,
    alternativeText: file.alternativeText ?? null,
  };
}

function renderMedia(media: any) {
  if (!media) return null;
  return { file: renderFile(media.file), caption: str(media.caption), credit: str(media.credit) };
}

/** Direction of a block's own text, or the article's when the text has no strong character. */
const dirOf = (text: string, fallback: TextDirection): TextDirection => firstStrongDirection(text) ?? fallback;

interface BlockContext {
  dir: TextDirection;
  locale: string;
  /** The published target of the next inline link, or null when it has none a reader can follow. */
  nextLinkTarget(): ArticleRef | null;
}

type BlockRenderer = (block: any, cache: BlockCache, ctx: BlockContext) => BodyBlock | null;

/** One renderer per body component: the table is the list of public block shapes. */
const BLOCK_RENDERERS: Record<string, BlockRenderer> = {
  'newsroom.paragraph': (b, cache) => ({
    __component: 'newsroom.paragraph',
    dir: cache.dir,
    text: cleanRichText(b.text),
    html: cache.html ?? '',
  }),
  'newsroom.intertitle': (b, cache) => ({ __component: 'newsroom.intertitle', dir: cache.dir, text: text(b.text), html: cache.html ?? '' }),
  'newsroom.related-link': (b, _cache, { dir, locale, nextLinkTarget }) => {
    const target = nextLinkTarget();
    const article = target ? { ...target, title: text(target.title) } : null;
    if (!article) return null;
    const kind = b.kind as LinkKind;
    return {
      __component: 'newsroom.related-link',
      dir: dirOf(str(b.label) ?? article.title, dir),
      kind,
      kindLabel: linkKindLabel(kind, locale),
      label: str(b.label),
      article,
    };
  },
  'newsroom.quote': (b, cache) => ({
    __component: 'newsroom.quote',
    dir: cache.dir,
    text: text(b.text),
    attribution: str(b.attribution),
    html: cache.html ?? '',
  }),
  'newsroom.media': (b, cache) => ({ __component: 'newsroom.media', dir: cache.dir, ...renderMedia(b)! }),
  'newsroom.embed': (b, cache) => ({ __component: 'newsroom.embed', dir: cache.dir, url: b.url, caption: str(b.caption) }),
};

/** True when the row's stored render cache is the current derivation of its body (the read path can serve it as is). */
export function hasCurrentRenderCache(entry: ArticleEntry): boolean {
  const cache = entry.renderCache as RenderCache | null | undefined;
  const body = Array.isArray(entry.body) ? entry.body : [];
  return cache?.v === DERIVED_VERSION && Array.isArray(cache.blocks) && cache.blocks.length === body.length;
}

/** The render cache stored on write, or (for a row whose cache is stale) the same derivation now. */
function renderCacheOf(entry: ArticleEntry, body: unknown[]): RenderCache {
  if (hasCurrentRenderCache({ ...entry, body })) return entry.renderCache as RenderCache;
  return deriveArticle({ ...entry, body }, entry.locale, 1).renderCache;
}

export interface RenderOptions {
  /** Wrap plain-text fields in FSI … PDI. */
  isolate?: boolean;
}

/** What every render needs beyond the entry: the site's date settings. */
export interface SummaryContext extends RenderOptions {
  dateSettings: DateSettings;
}

/** What the detail render needs beyond the entry: link targets, the site's rights settings, the canonical URL. */
export interface DetailContext extends SummaryContext {
  /** Published versions, in the article's locale, of the documents its links point at (by document id). */
  targets: Map<string, ArticleRef>;
  url: string;
  publisher: { name: string; url: string | null };
  rightsDefaults: RightsDefaults;
  copyrightTemplates: Record<string, string>;
  /** The document's other published versions, with their canonical URLs (none: a single-language article). */
  translations?: TranslationRow[];
}

const PLAIN_FIELDS = ['title', 'standfirst', 'kicker', 'byline', 'section'] as const;

function isolateFields<T extends ArticleSummary>(article: T, options: RenderOptions): T {
  if (!options.isolate) return article;
  const copy = { ...article };
  for (const field of PLAIN_FIELDS) {
    const value = copy[field];
    if (typeof value === 'string') (copy as Record<string, unknown>)[field] = isolatePlain(value);
  }
  return copy;
}

/** List item shape: only fields stored on the article row, no body. */
export function renderSummary(entry: ArticleEntry, context: SummaryContext): ArticleSummary {
  return isolateFields(summaryOf(entry, context.dateSettings), context);
}

function summaryOf(entry: ArticleEntry, dateSettings: DateSettings): ArticleSummary {
  const publishedAt = new Date(entry.publishedAt).toISOString();
  const originalPublishedAt = publicationDate(entry as PublicationDates);
  const updatedAt = new Date(entry.updatedAt).toISOString();
  return {
    documentId: entry.documentId,
    slug: entry.slug,
    lang: entry.locale,
    locale: entry.locale,
    dir: decideArticleDirection(entry, entry.locale).dir,
    title: text(entry.title),
    standfirst: str(entry.standfirst),
    kicker: str(entry.kicker),
    byline: str(entry.byline),
    section: str(entry.section),
    keywords: Array.isArray(entry.keywords) ? entry.keywords.filter((k: unknown): k is string => typeof k === 'string').map(neutralizeBidiControls) : [],
    wordCount: entry.wordCount ?? 0,
    readingTimeMinutes: entry.readingTimeMinutes ?? 0,
    publishedAt,
    originalPublishedAt,
    updatedAt,
    dates: articleDates({ originalPublishedAt, publishedAt, updatedAt, locale: entry.locale }, dateSettings),
    cover: renderMedia(entry.cover),
  };
}

/** The render model of one article: body in order, links resolved, unpublished targets dropped. */
export function renderArticle(entry: ArticleEntry, context: DetailContext): ArticleDetail {
  const summary = summaryOf(entry, context.dateSettings);
  const links = (entry.links ?? { body: [], related: [] }) as { body: (string | null)[]; related: string[] };
  const resolve = (documentId: string | null | undefined) => (documentId ? context.targets.get(documentId) ?? null : null);
  let linkIndex = 0;
  const ctx: BlockContext = { dir: summary.dir, locale: summary.locale, nextLinkTarget: () => resolve(links.body[linkIndex++]) };
  const stored: any[] = Array.isArray(entry.body) ? entry.body : [];
  const cache = renderCacheOf(entry, stored);
  const body = stored
    .map((block, index) => {
      const blockCache = cache.blocks[index] ?? { dir: summary.dir, html: null };
      return BLOCK_RENDERERS[block.__component]?.(block, blockCache, ctx) ?? null;
    })
    .filter((b: BodyBlock | null): b is BodyBlock => b !== null);
  const related = links.related
    .map(resolve)
    .filter((r): r is ArticleRef => r !== null)
    .map((r) => ({ ...r, title: text(r.title) }));
  const rights = resolveRights(entry.rights, context.rightsDefaults, summary.locale, summary.originalPublishedAt);
  const line = copyrightLine(templateFor(context.copyrightTemplates, summary.locale), rights.copyrightYear, rights.copyrightHolder);
  const alternates = languageAlternates(
    { locale: summary.locale, createdAt: entry.createdAt ?? summary.publishedAt },
    (context.translations ?? []).map((t) => ({ ...t, title: text(t.title) }))
  );
  const jsonLd = articleJsonLd({
    title: summary.title,
    standfirst: summary.standfirst,
    lang: summary.lang,
    byline: summary.byline,
    section: summary.section,
    keywords: summary.keywords,
    wordCount: summary.wordCount,
    publishedAt: summary.originalPublishedAt,
    updatedAt: summary.updatedAt,
    url: context.url,
    copyrightLine: line,
    publisher: context.publisher,
    rights,
    translations: alternates.translations,
    original: alternates.original,
  });
  return isolateFields({
    ...summary,
    direction: (entry.direction ?? 'auto') as DirectionSetting,
    standfirstHtml: cache.standfirstHtml,
    allowComments: entry.allowComments !== false,
    allowSharing: entry.allowSharing !== false,
    body,
    related,
    url: context.url,
    translations: alternates.translations,
    rights,
    copyrightLine: line,
    jsonLd,
    jsonLdScript: jsonLdScript(jsonLd),
  }, context);
}
