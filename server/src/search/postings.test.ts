import { SEARCH_ARTICLES } from '../../../tests/fixtures/search-articles-ar';
import { fixtureArticleLines } from '../../../tests/helpers/fixture-lines';
import { analyze, analyzeQuery, wordForms } from '../text';
import { FIELD_WEIGHTS, bm25, bm25Idf, documentLength, documentPostings, matchedWords, searchTextOf } from './postings';

const fieldsOf = (a: (typeof SEARCH_ARTICLES)[number]) => ({
  title: a.title,
  standfirst: a.standfirst,
  kicker: a.kicker ?? '',
  keywords: (a.keywords ?? []).join(' '),
  body: a.paragraphs.join('\n'),
});

const ALEFS = ['ا', 'أ', 'إ', 'آ'];
const SEATS: Record<string, string> = { 'ؤ': 'ئ', 'ئ': 'ؤ' };
const ARTICLE = /^(?:وال|بال|كال|فال|ال)/;
const MARKS = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u064D'];
const replaceAt = (w: string, i: number, by: string) => w.slice(0, i) + by + w.slice(i + 1);

/** Isolated presentation form (Arabic Presentation Forms-B) of each Arabic letter, from NFKC itself. */
const PRESENTATION = new Map<string, string>();
for (let c = 0xfefc; c >= 0xfe70; c -= 1) {
  const form = String.fromCharCode(c);
  const base = form.normalize('NFKC');
  if (base.length === 1 && base !== form) PRESENTATION.set(base, form);
}

/**
 * Spellings a reader or a pasted text may give a word: every alef of it with
 * or without hamza (all but the article's own alef), the other hamza seat,
 * tashkeel after every letter, tatweel between letters, ة/ه and ى/ي at the end,
 * Persian yeh and keheh, presentation forms (NFKC), a ZWNJ inside, and
 * Arabic-Indic or Persian digits.
 */
function variants(word: string): [string, string][] {
  const out: [string, string][] = [];
  const articleEnd = ARTICLE.exec(word)?.[0].length ?? 0;
  [...word].forEach((ch, i) => {
    if (ALEFS.includes(ch) && !(i === articleEnd - 2)) for (const alef of ALEFS) if (alef !== ch) out.push(['hamza', replaceAt(word, i, alef)]);
    if (SEATS[ch]) out.push(['hamza seat', replaceAt(word, i, SEATS[ch])]);
  });
  for (const mark of MARKS) out.push(['tashkeel', [...word].map((ch) => (/[\u0621-\u064A]/.test(ch) ? ch + mark : ch)).join('')]);
  out.push(['tatweel', [...word].join('\u0640')]);
  out.push(['zwnj', word.length > 1 ? `${word.slice(0, 1)}\u200C${word.slice(1)}` : word]);
  if (word.endsWith('ة')) out.push(['taa marbuta', `${word.slice(0, -1)}ه`]);
  if (word.endsWith('ه')) out.push(['taa marbuta', `${word.slice(0, -1)}ة`]);
  if (word.endsWith('ى')) out.push(['alef maqsura', `${word.slice(0, -1)}ي`]);
  if (word.endsWith('ي')) out.push(['alef maqsura', `${word.slice(0, -1)}ى`]);
  out.push(['persian', word.replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/ى/g, 'ی')]);
  out.push(['presentation form', [...word].map((ch) => PRESENTATION.get(ch) ?? ch).join('')]);
  if (/[0-9]/.test(word)) {
    out.push(['digits', word.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))]);
    out.push(['digits', word.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)))]);
  }
  return out;
}

describe('recall guarantee: every spelling variant of every title word still finds its article', () => {
  const cases = SEARCH_ARTICLES.flatMap((article) => {
    const indexed = documentPostings(searchTextOf(fieldsOf(article))).terms;
    const words = article.title.normalize('NFKC').split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w && analyze(w, 'query').words.length > 0);
    return words.flatMap((word) => variants(word).map(([kind, variant]) => ({ key: article.key, word, kind, variant, indexed })));
  });

  it(`checks ${cases.length > 3000 ? 'thousands of' : 'many'} variants`, () => {
    expect(cases.length).toBeGreaterThan(3000);
  });

  it('finds the article by each of them (100%)', () => {
    const lost = cases.filter(({ variant, indexed }) => {
      const { terms } = analyzeQuery(variant);
      return terms.length === 0 || !terms.every((t) => t.forms.some((f) => indexed.has(f)));
    });
    expect(lost.map(({ key, word, kind, variant }) => `${key}: ${word} → ${kind} ${variant}`)).toEqual([]);
  });
});

describe('finding the seed article', () => {
  it('by queries typed without hamza or diacritics', () => {
    const indexed = documentPostings(searchTextOf({ title: '', standfirst: '', kicker: '', keywords: '', body: fixtureArticleLines().join('\n') })).terms;
    for (const query of ['اوكرانيا', 'الاوكرانيين', 'المسوولين التنفيذيين', 'المسئولين', 'مرتزقه فاغنر', 'نوفمبر 2023', 'أندريه يوسوف']) {
      const { terms } = analyzeQuery(query);
      expect([query, terms.length > 0 && terms.every((t) => t.forms.some((f) => indexed.has(f)))]).toEqual([query, true]);
    }
  });
});

describe('documentPostings', () => {
  it('weights title words above body words and counts every reading', () => {
    const { terms, length } = documentPostings(searchTextOf({ title: 'والدته', standfirst: '', kicker: '', keywords: '', body: 'والدته في البيت' }));
    expect(terms.get('والد')).toBe(FIELD_WEIGHTS.title + FIELD_WEIGHTS.body);
    expect(terms.get('دته')).toBe(FIELD_WEIGHTS.title + FIELD_WEIGHTS.body);
    expect(terms.has('في')).toBe(false);
    expect(length).toBe(3);
  });
});

describe('documentLength (a deferred version\'s length, without analysing its words)', () => {
  it('is documentPostings(…).length on every labelled article, the seed article and messy copy', () => {
    const texts = [
      ...SEARCH_ARTICLES.map((a) => searchTextOf(fieldsOf(a))),
      searchTextOf({ title: '', standfirst: '', kicker: '', keywords: '', body: fixtureArticleLines().join('\n') }),
      // Stop words as written and without hamza, one-letter words and digits, tatweel as a dash, Gulf and
      // standard hamza, pasted controls and presentation forms, Latin runs, a run of letters longer than any term.
      searchTextOf({
        title: 'و في إلى الى ان أن ب 7 ٣ ـــ المسئول المسؤول\u200f ﺍﻟﺒﻼﺩ CSP-DPA a I',
        standfirst: `${'ب'.repeat(150)} ${'x'.repeat(150)} الذي التي`,
        kicker: '',
        keywords: 'فاغنر مالي',
        body: 'قال المسئول لـCNN في 2023: «لن نتراجع» ـ والآلاف في الشوارع.\n\u202bنص\u202c',
      }),
      searchTextOf({ title: '', standfirst: '', kicker: '', keywords: '', body: '' }),
    ];
    for (const text of texts) expect(documentLength(text)).toBe(documentPostings(text).length);
    expect(documentLength(null)).toBe(0);
    // Not equal by being empty: the seed article counts its 470 words.
    expect(documentLength(texts[texts.length - 3])).toBe(470);
  });
});

describe('matchedWords', () => {
  it('returns the words as written that a query matched, punctuation off', () => {
    const query = analyzeQuery('المسئولين آلاف').terms;
    expect(matchedWords('«المسؤولون» يقولون: الآلاف، وآلاف أخرى', query)).toEqual(['المسؤولون', 'الآلاف', 'وآلاف']);
    expect(wordForms('وآلاف', 'text')).toEqual(['الاف', 'والاف']);
  });
});

describe('BM25', () => {
  it('rewards rare terms, repeated terms with diminishing returns, and short documents', () => {
    expect(bm25Idf(100, 2)).toBeGreaterThan(bm25Idf(100, 50));
    const idf = bm25Idf(100, 5);
    expect(bm25(2, 100, 100, idf)).toBeGreaterThan(bm25(1, 100, 100, idf));
    expect(bm25(4, 100, 100, idf)).toBeLessThan(2 * bm25(2, 100, 100, idf));
    expect(bm25(1, 50, 100, idf)).toBeGreaterThan(bm25(1, 200, 100, idf));
  });
});
