import { analyze, analyzeQuery, analyzedText, stem, wordForms } from './analyzer';

/** Whether a query word finds a text word: their forms meet. */
const finds = (query: string, textWord: string) => {
  const q = wordForms(query.normalize('NFC'), 'query') ?? [];
  const t = analyze(textWord, 'text').words.flatMap((w) => w.forms);
  return q.some((f) => t.includes(f));
};

describe('analyser: the article comes off before alef folding, and only when three letters remain', () => {
  it.each([
    ['آلاف', 'الاف'],
    ['ألعاب', 'العاب'],
    ['إلهام', 'الهام'],
    ['الله', 'الل'],
    ['الآن', 'الان'],
    ['آلية', 'الي'],
    ['ألمانية', 'المان'],
  ])('%s keeps its letters (→ %s), never a 2-letter fragment', (word, main) => {
    expect(wordForms(word, 'text')).toEqual([main]);
    for (const form of wordForms(word, 'query') ?? []) expect(form.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['آلاف', 'الآلاف'],
    ['ألمانية', 'الألمانية'],
    ['ألعاب', 'الألعاب'],
    ['إمارات', 'الإمارات'],
    ['آلاف', 'وآلاف'],
    ['ألمانية', 'وألمانية'],
  ])('%s and %s find each other', (a, b) => {
    expect(finds(a, b)).toBe(true);
    expect(finds(b, a)).toBe(true);
  });

  it('a query typed without hamza finds the hamza spelling (both readings of a bare ال word are looked up)', () => {
    expect(finds('الاف', 'آلاف')).toBe(true);
    expect(finds('المانية', 'ألمانية')).toBe(true);
    expect(finds('المانية', 'الألمانية')).toBe(true);
    expect(finds('الاتحاد', 'اتحاد')).toBe(true);
    expect(wordForms('المانية', 'query')).toEqual(['مان', 'المان']);
  });

  it('a text word with a bare ال is indexed without it only: إلهام does not find الهام "the important"', () => {
    expect(wordForms('الهام', 'text')).toEqual(['هام']);
    expect(finds('إلهام', 'الهام')).toBe(false);
    expect(finds('إلهام', 'مهام')).toBe(false);
  });
});

describe('analyser: whole terms, not fragments (the old engine found these inside other words)', () => {
  it.each([
    ['آلاف', ['اف', 'الافراج', 'اتفاق']],
    ['ألعاب', ['عاب', 'استيعاب']],
    ['إلهام', ['هام', 'مهام', 'اتهام']],
    ['الله', ['له', 'لهم', 'عبدالله']],
    ['الآن', ['ان', 'اعلان', 'الانتخابات']],
    ['آلية', ['الي', 'اليه'].slice(1)],
    ['فئة', ['فيه', 'فيها', 'فئران']],
  ])('%s finds none of %j', (query, others) => {
    for (const other of others) expect([other, finds(query, other)]).toEqual([other, false]);
  });

  it('stop words are read with their hamza, before folding: الذي and إلى go, علي (a name) stays', () => {
    expect(analyzeQuery('الذي').terms).toEqual([]);
    expect(analyzeQuery('الذي').ignored).toEqual(['الذي']);
    expect(analyzeQuery('إلى الى في the of').terms).toEqual([]);
    expect(wordForms('علي', 'query')).toEqual(['علي']);
    expect(wordForms('على', 'query')).toBeNull();
  });
});

describe('analyser: hamza seats meet, unrelated words do not', () => {
  it.each([
    ['مسؤول', 'مسئول'],
    ['الشؤون', 'الشئون'],
    ['المسؤولين', 'المسئولين'],
    ['مسؤولية', 'مسئولية'],
    ['رؤساء', 'رئساء'],
  ])('%s = %s', (a, b) => {
    expect(finds(a, b)).toBe(true);
    expect(finds(b, a)).toBe(true);
  });

  it('a query typing ؤ as a plain و still finds the word (the text side indexes that reading too)', () => {
    expect(finds('المسوولين', 'المسؤولين')).toBe(true);
    expect(finds('مسوول', 'مسؤول')).toBe(true);
  });

  it('فئة is not فيه, and the folding of ئ is not to ي', () => {
    expect(analyzedText('فئة')).not.toBe(analyzedText('فيه'));
    expect(finds('فئة', 'فئة')).toBe(true);
    expect(finds('فئة', 'الفئة')).toBe(true);
  });
});

describe('analyser: light stemming (Lucene ArabicStemmer, never under three letters)', () => {
  it.each([
    ['بالغ', ['بالغة', 'بالغ', 'بالغين']],
    ['والد', ['والده', 'والدة', 'والدته', 'والد']],
    ['حكومة', ['الحكومة', 'حكومتها', 'حكومته', 'والحكومة', 'بالحكومة']],
    ['انتخابات', ['الانتخابات', 'انتخاباتها', 'وانتخابات']],
    ['المعلمين', ['معلم', 'المعلمون', 'معلمين']],
    // The accusative alef, place names in -ا and their adjectives, the construct plural, plural verbs.
    ['بالغ', ['بالغا', 'بالغاً']],
    ['ألمانية', ['ألمانيا', 'بألمانيا', 'الألماني']],
    ['أوروبا', ['أوروبية', 'الأوروبي', 'لأوروبا']],
    ['مسؤول', ['مسؤولو', 'ومسؤولو', 'مسئولو']],
    ['قال', ['قالوا']],
  ])('%s finds %j', (query, words) => {
    for (const word of words) expect([word, finds(query, word)]).toEqual([word, true]);
  });

  it('strips Lucene\'s prefixes and suffixes but leaves three letters', () => {
    expect(stem('كتابها')).toEqual(['كتاب']);
    expect(stem('بيته')).toEqual(['بيت']);
    expect(stem('والدته')).toEqual(['والدت', 'والد']);
    expect(stem('وزير')).toEqual(['زير']);
    expect(stem('ولد')).toEqual(['ولد']);
    expect(stem('شءون')).toEqual(['شءون']);
    expect(stem('المانيا')).toEqual(['المان']);
    expect(stem('مسءولو')).toEqual(['مسءول']);
    // Never under three letters: دعا and نحو keep theirs.
    expect(stem('دعا')).toEqual(['دعا']);
    expect(stem('نحو')).toEqual(['نحو']);
  });

  it('keeps apart what the new suffixes could join: ألمانيا is not أمان, قالوا is not قلو', () => {
    expect(finds('أمان', 'ألمانيا')).toBe(false);
    expect(finds('قلوب', 'قالوا')).toBe(false);
  });
});

describe('analyser: character-level variants read the same', () => {
  it.each([
    ['مَسْؤُولٌ', 'مسؤول'],
    ['الـــمسؤول', 'المسؤول'],
    ['مسئولة', 'مسؤوله'],
    ['مستشفى', 'مستشفي'],
    ['یوم کبیر', 'يوم كبير'],
    ['ﺍﻟﺒﻼﺩ', 'البلاد'],
    ['المف\u200Cتي', 'المفتي'],
    ['٢٠٢٤', '2024'],
    ['COVID-19', 'covid 19'],
  ])('%s = %s', (a, b) => {
    expect(analyzedText(a)).toBe(analyzedText(b));
  });
});
