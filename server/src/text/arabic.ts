/**
 * Character tables for Arabic-script text, as data. Shared by slugs, search
 * normalisation and counting so every place agrees on what a "diacritic" is.
 */

/** Tashkeel and Quranic annotation marks: removed from slugs and search text. */
export const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF]/g;

const DIACRITIC_RANGES: [number, number][] = [
  [0x0610, 0x061a], [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06dc], [0x06df, 0x06e8], [0x06ea, 0x06ed], [0x08d3, 0x08e1], [0x08e3, 0x08ff],
];

/** Whether a UTF-16 code unit is one of ARABIC_DIACRITICS. */
export function isArabicDiacritic(code: number): boolean {
  return DIACRITIC_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** Tatweel (kashida), used for justification, never meaning. */
export const TATWEEL = /\u0640/g;
export const TATWEEL_CODE = 0x0640;

/** Arabic-Indic (U+0660) and Extended Arabic-Indic / Persian (U+06F0) digits. */
const DIGIT_BLOCKS = [0x0660, 0x06f0] as const;

/** Replace Arabic-Indic and Persian digits with ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    const base = DIGIT_BLOCKS.find((b) => code >= b && code <= b + 9) ?? 0x0660;
    return String(code - base);
  });
}
