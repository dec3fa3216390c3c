import type { DirectionSetting, LinkKind } from '../../../content-types';
import { blocksToPlainText, resolveDirection, textDirection } from '../text';
import type {
  ArticleDetail,
  ArticleRef,
  ArticleRights,
  ArticleSummary,
  BodyBlock,
  MediaFile,
  RichTextNode,
  TextDirection,
} from '../types/api';
import { linkKindLabel } from './labels';

/** An article row as the Document Service returns it with the read populate. */
export type ArticleEntry = Record<string, any>;

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

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

/** A related target as the public sees it, or null when it is not published in a readable state. */
export function renderRef(target: any): ArticleRef | null {
  if (!target || !target.documentId || !target.publishedAt || typeof target.slug !== 'string' || !target.slug) return null;
  return { documentId: target.documentId, slug: target.slug, title: target.title ?? '', locale: target.locale };
}

/** Direction of a block's own text, or the article's when the text has no strong character. */
const dirOf = (text: string, fallback: TextDirection): TextDirection => textDirection(text) ?? fallback;

type BlockRenderer = (block: any, ctx: { dir: TextDirection; locale: string }) => BodyBlock | null;

/** One renderer per body component: the table is the list of public block shapes. */
const BLOCK_RENDERERS: Record<string, BlockRenderer> = {
  'newsroom.paragraph': (b, { dir }) => ({
    __component: 'newsroom.paragraph',
    dir: dirOf(blocksToPlainText(b.text), dir),
    text: (Array.isArray(b.text) ? b.text : []) as RichTextNode[],
  }),
  'newsroom.intertitle': (b, { dir }) => ({ __component: 'newsroom.intertitle', dir: dirOf(b.text ?? '', dir), text: b.text ?? '' }),
  'newsroom.related-link': (b, { dir, locale }) => {
    const article = renderRef(b.article);
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
  'newsroom.quote': (b, { dir }) => ({
    __component: 'newsroom.quote',
    dir: dirOf(b.text ?? '', dir),
    text: b.text ?? '',
    attribution: str(b.attribution),
  }),
  'newsroom.media': (b, { dir }) => ({ __component: 'newsroom.media', dir: dirOf(b.caption ?? '', dir), ...renderMedia(b)! }),
  'newsroom.embed': (b, { dir }) => ({ __component: 'newsroom.embed', dir: dirOf(b.caption ?? '', dir), url: b.url, caption: str(b.caption) }),
};

function renderRights(rights: any): ArticleRights | null {
  if (!rights) return null;
  const basedOn = rights.basedOn
    ? {
        title: str(rights.basedOn.title),
        publisher: str(rights.basedOn.publisher),
        url: str(rights.basedOn.url),
        language: str(rights.basedOn.language),
      }
    : null;
  return {
    license: rights.license ?? null,
    copyrightHolder: str(rights.copyrightHolder),
    copyrightYear: rights.copyrightYear ?? null,
    creditText: str(rights.creditText),
    usageTerms: str(rights.usageTerms),
    acquireLicenseUrl: str(rights.acquireLicenseUrl),
    reuseAllowed: rights.reuseAllowed ?? null,
    basedOn,
  };
}

/** The article's resolved direction: setting, then locale, then its title's first strong character. */
export function articleDirection(entry: ArticleEntry): TextDirection {
  return resolveDirection(entry.direction, entry.locale, `${entry.title ?? ''} ${entry.standfirst ?? ''}`);
}

/** List item shape: only fields stored on the article row, no body. */
export function renderSummary(entry: ArticleEntry): ArticleSummary {
  return {
    documentId: entry.documentId,
    slug: entry.slug,
    lang: entry.locale,
    locale: entry.locale,
    dir: articleDirection(entry),
    title: entry.title ?? '',
    standfirst: str(entry.standfirst),
    kicker: str(entry.kicker),
    byline: str(entry.byline),
    section: str(entry.section),
    keywords: Array.isArray(entry.keywords) ? entry.keywords.filter((k: unknown) => typeof k === 'string') : [],
    wordCount: entry.wordCount ?? 0,
    readingTimeMinutes: entry.readingTimeMinutes ?? 0,
    publishedAt: new Date(entry.publishedAt).toISOString(),
    updatedAt: new Date(entry.updatedAt).toISOString(),
    cover: renderMedia(entry.cover),
  };
}

/** The render model of one article: body in order, links resolved, unpublished targets dropped. */
export function renderArticle(entry: ArticleEntry): ArticleDetail {
  const summary = renderSummary(entry);
  const ctx = { dir: summary.dir, locale: summary.locale };
  const body = (Array.isArray(entry.body) ? entry.body : [])
    .map((block: any) => BLOCK_RENDERERS[block.__component]?.(block, ctx) ?? null)
    .filter((b: BodyBlock | null): b is BodyBlock => b !== null);
  const related = (Array.isArray(entry.related) ? entry.related : [])
    .map(renderRef)
    .filter((r: ArticleRef | null): r is ArticleRef => r !== null);
  return {
    ...summary,
    direction: (entry.direction ?? 'auto') as DirectionSetting,
    allowComments: entry.allowComments !== false,
    allowSharing: entry.allowSharing !== false,
    body,
    related,
    rights: renderRights(entry.rights),
  };
}
