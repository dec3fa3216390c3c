import fc from 'fast-check';

/** Characters newsroom text is made of, tricky ones included: the alphabet of the text engine's property tests. */
export const NEWSROOM_CHARS = [
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ل', 'و', 'ب', 'ف', 'ك', 'م', 'ة', 'ه', 'ى', 'ي', 'ؤ', 'ئ', 'ء', 'ی', 'ک', 'پ', 'ۀ',
  '\u064E', '\u0650', '\u0651', '\u0652', '\u0653', '\u0654', '\u0640', '٢', '۴', '7', 'a', 'Z', 'É', 'é', 'e\u0301',
  'א', 'ש', '"', "'", '’', '‘', ' ', '  ', '\u00A0', '\u202F', '\n', '.', ',', '،', '؛', '؟', ':', '-', '_', '«', '»',
  '\u200C', '\u200D', '\u200F', '\u202E', '\u2066', 'ﻻ', 'ﷺ', '²', '½', 'ﬁ', '😀', '𝐀', 'İ', 'Σ', 'ß',
];

/** Newsroom-like strings of up to 60 of those characters. */
export const newsroomText = fc.array(fc.constantFrom(...NEWSROOM_CHARS), { maxLength: 60 }).map((cs) => cs.join(''));
