import { normalizeForSearch } from '../text';

/**
 * The terms an article is found by for related suggestions: its most
 * significant words (BM25 term weight, stop words out), its section and its
 * keywords. Computed on publish and stored in an inverted index, so a
 * suggestion request never reads article bodies.
 */
export interface IndexTerm {
  term: string;
  weight: number;
}

/** Frequent words of news text in Arabic and English, normalised as search text is. */
const STOP_WORDS = new Set(
  normalizeForSearch(
    'في من على إلى الى عن مع أن ان إن هذا هذه ذلك تلك التي الذي الذين اللذين كان كانت يكون قد ما لا لم لن كما بين بعد قبل حتى عند أو او ثم إذ إذا اذا كل بعض غير أي اي هو هي هم هن نحن أنا انا له لها لهم به بها فيه فيها منه منها عليه عليها إليه اليه وفي ومن وعلى وأن وقد وهو وهي ولا ولم أيضا ايضا حيث خلال منذ ضد نحو لدى لكن ولكن بل هناك هنا أكثر اكثر أول اول ' +
      'the a an of to in on and or for with is was were are be been by that this these those it its as at from but not has have had will would which who'
  ).split(' ')
);

const K1 = 1.2;
const B = 0.75;
/** Typical article length in words: BM25's length normalisation without a corpus-wide average. */
const AVERAGE_LENGTH = 500;
const MAX_TERMS = 40;

export const SECTION_PREFIX = '§';
export const KEYWORD_PREFIX = '#';
const SECTION_WEIGHT = 2;
const KEYWORD_WEIGHT = 1.5;

/** Term weights of one article: its top words by BM25 weight, plus its section and keywords. */
export function indexTerms(input: { searchText: string | null; section?: string | null; keywords?: unknown }): IndexTerm[] {
  const words = (input.searchText ?? '').split(' ').filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const norm = K1 * (1 - B + (B * words.length) / AVERAGE_LENGTH);
  const terms = [...counts.entries()]
    .map(([term, tf]) => ({ term, weight: (tf * (K1 + 1)) / (tf + norm) }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
    .slice(0, MAX_TERMS);
  const section = normalizeForSearch(input.section ?? '').replace(/ /g, '_');
  if (section) terms.push({ term: `${SECTION_PREFIX}${section}`, weight: SECTION_WEIGHT });
  const keywords = Array.isArray(input.keywords) ? input.keywords.filter((k): k is string => typeof k === 'string') : [];
  for (const keyword of new Set(keywords.map((k) => normalizeForSearch(k).replace(/ /g, '_')).filter(Boolean))) {
    terms.push({ term: `${KEYWORD_PREFIX}${keyword}`, weight: KEYWORD_WEIGHT });
  }
  return terms.map((t) => ({ term: t.term.slice(0, 100), weight: Math.round(t.weight * 1000) / 1000 }));
}

/** Inverse document frequency (BM25), from the number of indexed articles and those holding the term. */
export function idf(total: number, withTerm: number): number {
  return Math.log(1 + (total - withTerm + 0.5) / (withTerm + 0.5));
}

/** Mild preference for recent articles: 1 for today, towards 0.7 for old ones (half-way after ~6 weeks). */
export function recencyFactor(publishedAt: string | Date, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - new Date(publishedAt).getTime()) / 86400000);
  return 0.7 + 0.3 * Math.exp(-ageDays / 60);
}
