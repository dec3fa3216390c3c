import {
  blocksToPlainText,
  bodyBlockText,
  countWords,
  isolateOppositeRuns,
  normalizeForSearch,
  readingTimeMinutes,
  resolveDirection,
  richTextToHtml,
  textDirection,
  type Direction,
} from '../text';

/** Bumped whenever what is derived changes, so stale rows are recomputed on read and by the re-index. */
export const DERIVED_VERSION = 3;

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
const dirOf = (value: string, fallback: Direction) => textDirection(value) ?? fallback;

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

/** Everything the write path stores about an article's text, from its current fields. */
export function deriveArticle(input: DeriveInput, locale: string, wordsPerMinute: number): DerivedFields {
  const body = Array.isArray(input.body) ? (input.body as Data[]) : [];
  const title = text(input.title);
  const standfirst = text(input.standfirst);
  const dir = resolveDirection(text(input.direction), locale, `${title} ${standfirst}`);
  const bodyText = body.map(bodyBlockText).filter(Boolean).join('\n');
  const words = countWords([title, standfirst, bodyText].filter(Boolean).join('\n'), locale);
  const keywords = Array.isArray(input.keywords) ? input.keywords.filter((k) => typeof k === 'string').join(' ') : '';
  const standfirstDir = dirOf(standfirst, dir);
  return {
    wordCount: words,
    readingTimeMinutes: readingTimeMinutes(words, wordsPerMinute),
    searchText: normalizeForSearch([title, standfirst, text(input.kicker), keywords, bodyText].filter(Boolean).join(' ')),
    renderCache: {
      v: DERIVED_VERSION,
      dir,
      standfirstHtml: standfirst ? `<p dir="${standfirstDir}">${isolateOppositeRuns(standfirst, standfirstDir)}</p>` : null,
      blocks: body.map((block) => BLOCK_CACHE[block?.__component]?.(block, dir) ?? null),
    },
  };
}
