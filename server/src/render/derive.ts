import {
  blocksToPlainText,
  bodyBlockText,
  countWords,
  decideDirection,
  firstStrongDirection,
  isolateOppositeRuns,
  readingTimeMinutes,
  richTextToHtml,
  type Direction,
  type DirectionDecision,
} from '../text';
import { searchTextOf } from '../search/postings';

/**
 * Bumped whenever what is derived changes, so stale rows are recomputed on read and by the re-index
 * (4: slug reservations, filled for rows written before they existed; 5: direction and `<bdi>` isolation
 * from Bidi_Class, so stored HTML that isolated a tatweel inside an Arabic word is rendered again;
 * 6: search text one prepared line per field, hamza kept, and the search index built from it;
 * 7: the stemmer takes the suffixes ا and و, so every stored search term is analysed again;
 * 8: list items served from the search index: summaries, sort keys, keywords and per-section stats;
 * 9: prepared reads carry `originalPublishedAt` and date the article by it;
 * 10: search postings name their version by its list row's id, in a new table the re-index fills).
 */
export const DERIVED_VERSION = 10;

type Data = Record<string, any>;

/** Per-block output computed on write: direction and, for text blocks, bidi-safe HTML. */
export interface BlockCache {
  dir: Direction;
  html: string | null;
}

/** Stored in the private `renderCache` field; the read path serves it as is. */
export interface RenderCache {
  v: number;
  dir: Direction;
  standfirstHtml: string | null;
  blocks: (BlockCache | null)[];
}

export interface DerivedFields {
  wordCount: number;
  readingTimeMinutes: number;
  searchText: string;
  renderCache: RenderCache;
}

/** The article fields derivation reads. */
export interface DeriveInput {
  title?: unknown;
  standfirst?: unknown;
  kicker?: unknown;
  keywords?: unknown;
  direction?: unknown;
  body?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const dirOf = (value: string, fallback: Direction) => firstStrongDirection(value) ?? fallback;

/** One derivation per body component; related links are resolved at read time instead. */
const BLOCK_CACHE: Record<string, (block: Data, dir: Direction) => BlockCache | null> = {
  'newsroom.paragraph': (b, dir) => ({ dir: dirOf(blocksToPlainText(b.text), dir), html: richTextToHtml(b.text, dir) }),
  'newsroom.intertitle': (b, dir) => {
    const own = dirOf(text(b.text), dir);
    return { dir: own, html: `<h2 dir="${own}">${isolateOppositeRuns(text(b.text), own)}</h2>` };
  },
  'newsroom.quote': (b, dir) => {
    const own = dirOf(text(b.text), dir);
    const cite = text(b.attribution)
      ? `<footer><cite dir="${dirOf(text(b.attribution), own)}">${isolateOppositeRuns(text(b.attribution), dirOf(text(b.attribution), own))}</cite></footer>`
      : '';
    return { dir: own, html: `<blockquote dir="${own}"><p>${isolateOppositeRuns(text(b.text), own)}</p>${cite}</blockquote>` };
  },
  'newsroom.media': (b, dir) => ({ dir: dirOf(text(b.caption), dir), html: null }),
  'newsroom.embed': (b, dir) => ({ dir: dirOf(text(b.caption), dir), html: null }),
};

/** The article's plain text by part; the body is its text blocks, one per line. */
interface ArticleText {
  title: string;
  standfirst: string;
  body: string;
}

const bodyOf = (input: DeriveInput): Data[] => (Array.isArray(input.body) ? (input.body as Data[]) : []);

function articleText(input: DeriveInput): ArticleText {
  return { title: text(input.title), standfirst: text(input.standfirst), body: bodyOf(input).map(bodyBlockText).filter(Boolean).join('\n') };
}

const wordsIn = ({ title, standfirst, body }: ArticleText, locale: string | null) =>
  countWords([title, standfirst, body].filter(Boolean).join('\n'), locale ?? undefined);

/** Words as the write path stores them: over the title, the standfirst and the body's text blocks (the edit view counts live with it). */
export function articleWordCount(input: DeriveInput, locale: string | null): number {
  return wordsIn(articleText(input), locale);
}

/** The article's direction as the write path stores it, and what decided it: its setting, its locale, then its title and standfirst. */
export function decideArticleDirection(input: DeriveInput, locale: string | null): DirectionDecision {
  return decideDirection(text(input.direction), locale, `${text(input.title)} ${text(input.standfirst)}`);
}

/** Everything the write path stores about an article's text, from its current fields. */
export function deriveArticle(input: DeriveInput, locale: string, wordsPerMinute: number): DerivedFields {
  const body = bodyOf(input);
  const parts = articleText(input);
  const { title, standfirst } = parts;
  const { dir } = decideArticleDirection(input, locale);
  const words = wordsIn(parts, locale);
  const keywords = Array.isArray(input.keywords) ? input.keywords.filter((k) => typeof k === 'string').join(' ') : '';
  const standfirstDir = dirOf(standfirst, dir);
  return {
    wordCount: words,
    readingTimeMinutes: readingTimeMinutes(words, wordsPerMinute),
    searchText: searchTextOf({ title, standfirst, kicker: text(input.kicker), keywords, body: parts.body }),
    renderCache: {
      v: DERIVED_VERSION,
      dir,
      standfirstHtml: standfirst ? `<p dir="${standfirstDir}">${isolateOppositeRuns(standfirst, standfirstDir)}</p>` : null,
      blocks: body.map((block) => BLOCK_CACHE[block?.__component]?.(block, dir) ?? null),
    },
  };
}
