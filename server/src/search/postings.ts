import { analyze, indexedWordCount, prepareForSearch, type AnalyzedWord } from '../text';

/**
 * What the search index holds of one article version, from its stored search
 * text: the field-weighted frequency of every analysed term, and its length.
 * Pure: no Strapi import.
 */

/** The article's searchable fields, in the order of the lines of its stored search text. */
export const SEARCH_FIELDS = ['title', 'standfirst', 'kicker', 'keywords', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A word in the title counts three times, in the standfirst, kicker or keywords twice. */
export const FIELD_WEIGHTS: Record<SearchField, number> = { title: 3, standfirst: 2, kicker: 2, keywords: 2, body: 1 };

/**
 * The stored search text (the `searchText` derived field): one line per
 * SEARCH_FIELDS entry, each prepared at the character level (prepareForSearch)
 * with hamza and taa marbuta as written, so the analyser can read them.
 */
export function searchTextOf(fields: Record<SearchField, string>): string {
  return SEARCH_FIELDS.map((field) => prepareForSearch(fields[field])).join('\n');
}

export interface DocumentPostings {
  /** term → field-weighted frequency. */
  terms: Map<string, number>;
  /** Words indexed (stop words out). */
  length: number;
}

/** The postings of a stored search text. */
export function documentPostings(searchText: string | null): DocumentPostings {
  const terms = new Map<string, number>();
  let length = 0;
  const lines = (searchText ?? '').split('\n');
  SEARCH_FIELDS.forEach((field, i) => {
    const { words } = analyze(lines[i] ?? '', 'text');
    length += words.length;
    for (const { forms } of words) for (const form of forms) terms.set(form, (terms.get(form) ?? 0) + FIELD_WEIGHTS[field]);
  });
  return { terms, length };
}

/** A stored search text's `documentPostings(…).length` alone, without analysing its words (a version whose postings are built later). */
export function documentLength(searchText: string | null): number {
  const lines = (searchText ?? '').split('\n');
  return SEARCH_FIELDS.reduce((sum, _field, i) => sum + indexedWordCount(lines[i] ?? ''), 0);
}

/** The words of `text`, as written, that a query term matches (for highlighting); in order, each once. */
export function matchedWords(text: string | null | undefined, query: AnalyzedWord[]): string[] {
  if (!text) return [];
  const wanted = new Set(query.flatMap((t) => t.forms));
  const found: string[] = [];
  for (const token of text.split(/\s+/)) {
    const word = trimToWord(token);
    if (!word || found.includes(word)) continue;
    if (analyze(word, 'text').words.some((w) => w.forms.some((f) => wanted.has(f)))) found.push(word);
  }
  return found;
}

const isWordChar = (ch: string) => /[\p{L}\p{M}\p{N}]/u.test(ch);

/** A token without the punctuation around it (one pass from each end). */
function trimToWord(token: string): string {
  const chars = Array.from(token);
  let start = 0;
  let end = chars.length;
  while (start < end && !isWordChar(chars[start])) start += 1;
  while (end > start && !isWordChar(chars[end - 1])) end -= 1;
  return chars.slice(start, end).join('');
}

const K1 = 1.2;
const B = 0.75;

/** BM25 inverse document frequency. */
export function bm25Idf(total: number, withTerm: number): number {
  return Math.log(1 + (total - withTerm + 0.5) / (withTerm + 0.5));
}

/** BM25 weight of a term occurring `frequency` times (field-weighted) in a document of `length` words. */
export function bm25(frequency: number, length: number, averageLength: number, idf: number): number {
  const norm = K1 * (1 - B + (B * length) / Math.max(1, averageLength));
  return (idf * frequency * (K1 + 1)) / (frequency + norm);
}
