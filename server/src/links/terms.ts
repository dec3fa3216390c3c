import { analyzedText } from '../text';

/**
 * The terms an article is found by for related suggestions: its most
 * significant words (BM25 term weight), its section and its keywords, all
 * read by the search analyser (text/analyzer.ts: stop words out, normalised,
 * light-stemmed) so suggestions and search agree on what a word is. Computed on publish and stored in an inverted index, so a
 * suggestion request never reads article bodies.
 */
export interface IndexTerm {
  term: string;
  weight: number;
}

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
  const words = analyzedText(input.searchText ?? '').split(' ').filter((w) => w.length > 1 && !/^\d+$/.test(w));
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const norm = K1 * (1 - B + (B * words.length) / AVERAGE_LENGTH);
  const terms = [...counts.entries()]
    .map(([term, tf]) => ({ term, weight: (tf * (K1 + 1)) / (tf + norm) }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
    .slice(0, MAX_TERMS);
  const section = analyzedText(input.section ?? '').replace(/ /g, '_');
  if (section) terms.push({ term: `${SECTION_PREFIX}${section}`, weight: SECTION_WEIGHT });
  const keywords = Array.isArray(input.keywords) ? input.keywords.filter((k): k is string => typeof k === 'string') : [];
  for (const keyword of new Set(keywords.map((k) => analyzedText(k).replace(/ /g, '_')).filter(Boolean))) {
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
