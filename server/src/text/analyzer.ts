import { SEARCH_FOLDS, foldLetters, prepareForSearch } from './normalize';
import { ARABIC_STOP_WORDS, ENGLISH_STOP_WORDS } from './stop-words';

/**
 * The search analyser: what a word of an article, or of a query, is found by.
 * The house's one analyser — the search index, the query and the related
 * suggestions' terms all go through it.
 *
 * 1. prepare (normalize.ts): NFKC, tashkeel/tatweel/format characters out,
 *    ASCII digits, Persian letters made Arabic, lower case; words split;
 * 2. stop words, on the word as written (hamza kept), Arabic and English;
 * 3. the definite article (ال وال بال كال فال لل) off, read on the word as
 *    written — before alef folding — and only when three letters remain, so
 *    آلاف, ألمانية, إلهام, الله and الآن keep their letters;
 * 4. fold (SEARCH_FOLDS): alef forms, ى→ي, ة→ه, ؤ/ئ→ء;
 * 5. light stemming (Lucene's ArabicStemmer): the prefix و (read before
 *    folding when a hamza alef follows it: وآلاف is و + آلاف), then the suffixes
 *    ها ا و ان ات ون ين يه ية ه ة ي in turn (ا and و are not Lucene's), never
 *    leaving under three letters;
 *    a pronoun suffix after taa marbuta (والدته, حكومتها) also gives the
 *    reading without the ت.
 *
 * A word can have several readings ("forms"); a query word matches a text
 * word when their forms meet. Where the article is ambiguous the reading
 * depends on which side is read:
 * - text: `وال/بال/كال/فال` + letters may be a particle + article or a word of
 *   its own (والدته, بالغين): both readings are indexed. A bare `ال` word is
 *   indexed without the article only (الهام "the important" is not إلهام);
 * - query: a word typed with a bare `ال` (الاف, المانية, typed without hamza)
 *   is looked up with and without the article, so it finds آلاف and ألمانية,
 *   whose article-less forms are indexed as written (الاف, المان); one with a
 *   proclitic before it (والاف) also as what follows the proclitic;
 * - a text word with ؤ is also indexed with a plain و (مسوول typed for مسؤول).
 * A proclitic و ب ل ك ف before a hamza alef (وآلاف, بألمانيا) is read off the
 * written word on both sides, the whole word kept as a second reading.
 * Every step is a fixed number of table lookups per character: linear time.
 */

/** The definite article and the particles fused with it; longest first. */
export const ARTICLE_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
/** Articles whose first letter may belong to the word itself (والد, بالغ, كالمعتاد is rare, فالح). */
const AMBIGUOUS_IN_TEXT = new Set(['وال', 'بال', 'كال', 'فال']);
/**
 * Suffixes taken off in turn, each at most once: Lucene's ArabicStemmer's, in
 * its order (ة and ية are ه and يه once folded), with two it lacks that news
 * copy is full of after ها (whose alef they must not take): the alef of the
 * accusative and of place names (بالغا, ألمانيا, أوروبا) and the waw of the
 * construct plural and plural verbs (مسؤولو الصحة, قالوا). ألمانيا and
 * ألمانية meet at المان.
 */
export const STEM_SUFFIXES = ['ها', 'ا', 'و', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const PRONOUN_SUFFIXES = new Set(['ها', 'ه']);
/** The shortest stem any rule may leave. */
export const MIN_STEM = 3;
/** Longest stored term (a database string column holds 255). */
export const MAX_TERM = 100;

const HAMZA_ALEFS = new Set(['أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ']);
const STOP_WORDS = new Set([...ARABIC_STOP_WORDS, ...ENGLISH_STOP_WORDS]);
const WAW = 'و';
/** One-letter proclitics: and, with, to, like, so. */
const PROCLITICS = new Set(['و', 'ب', 'ل', 'ك', 'ف']);
const TEH = 'ت';

/** Which side a word is read for: the text being indexed, or a query. */
export type AnalyzeSide = 'text' | 'query';

export interface AnalyzedWord {
  /** The word as prepared (hamza as written), for highlighting. */
  word: string;
  /** Its readings; the first is the main one. */
  forms: string[];
}

/** Light stemming of a folded word (no article): its readings, the main one first. */
export function stem(folded: string): string[] {
  let word = folded;
  if (word.startsWith(WAW) && word.length - 1 >= MIN_STEM && !word.startsWith('ال', 1)) word = word.slice(1);
  let pronoun = false;
  for (const suffix of STEM_SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      word = word.slice(0, -suffix.length);
      pronoun = PRONOUN_SUFFIXES.has(suffix);
    }
  }
  if (pronoun && word.endsWith(TEH) && word.length - 1 >= MIN_STEM) return [word, word.slice(0, -1)];
  return [word];
}

/** The article of a word as written, when at least MIN_STEM letters follow it. */
function articleOf(word: string): string | null {
  for (const article of ARTICLE_PREFIXES) {
    if (word.length - article.length >= MIN_STEM && word.startsWith(article)) return article;
  }
  return null;
}

const isDigits = (word: string) => /^[0-9]+$/.test(word);

/** The readings of one prepared word; null for a stop word or a single letter. */
/** A prepared word as the analyser reads it: no word is that long; a run of letters that is (pasted junk) is read by its start, in constant time. */
const termOf = (written: string): string => (written.length > MAX_TERM ? written.slice(0, MAX_TERM) : written);

/** Whether a prepared word is indexed (has readings): not a stop word, and two characters or more unless digits. */
const isIndexed = (word: string): boolean => !STOP_WORDS.has(word) && (word.length >= 2 || isDigits(word));

export function wordForms(written: string, side: AnalyzeSide): string[] | null {
  const word = termOf(written);
  if (!isIndexed(word)) return null;
  if (isDigits(word) || !/[\u0600-\u06FF]/.test(word)) return [word];
  // و ب ل ك ف before a hamza alef is a proclitic (وآلاف, بألمانيا, لأوروبا): what follows is a word of its own.
  // The whole word is read too: the letter may be the word's own (فأغنر for فاغنر, لأول typed لاول).
  if (PROCLITICS.has(word[0]) && HAMZA_ALEFS.has(word[1]) && word.length - 1 >= MIN_STEM) {
    return [...new Set([...(wordForms(word.slice(1), side) ?? []), ...stem(foldLetters(word))])];
  }
  const article = articleOf(word);
  const forms: string[] = [];
  if (article) {
    const rest = word.slice(article.length);
    forms.push(...stem(foldLetters(rest)));
    const ambiguous = !HAMZA_ALEFS.has(rest[0]) && (side === 'query' || AMBIGUOUS_IN_TEXT.has(article));
    if (ambiguous) forms.push(...stem(foldLetters(word)));
  } else {
    forms.push(...stem(foldLetters(word)));
  }
  // ؤ is also indexed as the plain و writers sometimes type (المسوولين), never ئ as ي (فئة is not فيه).
  if (side === 'text' && word.includes('ؤ')) forms.push(...(wordForms(word.replace(/ؤ/g, 'و'), side) ?? []));
  // Typed without hamza, والاف may be و + آلاف: a query also looks up what follows the proclitic.
  if (side === 'query' && PROCLITICS.has(word[0]) && word.startsWith('ال', 1) && word.length - 1 >= MIN_STEM) {
    forms.push(...(wordForms(word.slice(1), side) ?? []));
  }
  return [...new Set(forms)];
}

/** Every word of a text with its readings, in order; stop words are returned apart. */
export function analyze(text: string, side: AnalyzeSide): { words: AnalyzedWord[]; stopped: string[] } {
  const words: AnalyzedWord[] = [];
  const stopped: string[] = [];
  const prepared = prepareForSearch(text);
  if (!prepared) return { words, stopped };
  for (const word of prepared.split(' ')) {
    const forms = wordForms(word, side);
    if (forms) words.push({ word, forms });
    else stopped.push(word);
  }
  return { words, stopped };
}

/** How many words of a text `analyze` reads (its `words.length`), without reading them: what BM25's length counts. */
export function indexedWordCount(text: string): number {
  const prepared = prepareForSearch(text);
  if (!prepared) return 0;
  let count = 0;
  for (const word of prepared.split(' ')) if (isIndexed(termOf(word))) count += 1;
  return count;
}

/** The main reading of every word of a text, space-separated (what related suggestions count). */
export function analyzedText(text: string): string {
  return analyze(text, 'text').words.map((w) => w.forms[0]).join(' ');
}

/** A query's distinct words (at most `max`, in order) with their readings, and the words it ignored. */
export function analyzeQuery(query: string, max = 8): { terms: AnalyzedWord[]; ignored: string[] } {
  const { words, stopped } = analyze(query, 'query');
  const seen = new Set<string>();
  const terms: AnalyzedWord[] = [];
  for (const w of words) {
    const key = w.forms.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(w);
  }
  return { terms: terms.slice(0, max), ignored: [...new Set(stopped)] };
}

/** Folded letters, for documentation and tests. */
export const FOLDED_LETTERS = Object.keys(SEARCH_FOLDS);
