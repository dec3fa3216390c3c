import { BC, bidiClassName, bidiClassOf } from './bidi-class';
import { BIDI_UNICODE_VERSION } from './bidi-class-data';

// The generator and the UCD package it reads (devDependencies): the committed table must equal them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CLASSES, UCD_VERSION, classesFromUcd } = require('../../../scripts/generate-bidi-class');

describe('Bidi_Class table', () => {
  it('was generated from the installed UCD package', () => {
    expect(BIDI_UNICODE_VERSION).toBe(UCD_VERSION);
  });

  it('equals the Unicode Character Database on every code point (regenerate with scripts/generate-bidi-class.js)', () => {
    const ucd: Uint8Array = classesFromUcd();
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x110000; cp += 1) {
      if (CLASSES[bidiClassOf(cp)] !== CLASSES[ucd[cp]] && wrong.length < 10) wrong.push(`U+${cp.toString(16)}: ${CLASSES[bidiClassOf(cp)]} ≠ ${CLASSES[ucd[cp]]}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    [0x0640, 'AL', 'ARABIC TATWEEL'],
    [0x061f, 'AL', 'ARABIC QUESTION MARK ؟'],
    [0x061b, 'AL', 'ARABIC SEMICOLON ؛'],
    [0x06d4, 'AL', 'ARABIC FULL STOP ۔'],
    [0x066d, 'AL', 'ARABIC FIVE POINTED STAR ٭'],
    [0x060b, 'AL', 'AFGHANI SIGN ؋'],
    [0x060d, 'AL', 'ARABIC DATE SEPARATOR ؍'],
    [0xfdfc, 'AL', 'RIAL SIGN ﷼'],
    [0xfbb2, 'AL', 'ARABIC SYMBOL DOT ABOVE'],
    [0x061c, 'AL', 'ARABIC LETTER MARK'],
    [0x05be, 'R', 'HEBREW PUNCTUATION MAQAF'],
    [0x05f3, 'R', 'HEBREW PUNCTUATION GERESH'],
    [0x200f, 'R', 'RIGHT-TO-LEFT MARK'],
    [0x200e, 'L', 'LEFT-TO-RIGHT MARK'],
    [0x0966, 'L', 'DEVANAGARI DIGIT ZERO'],
    [0x0903, 'L', 'DEVANAGARI SIGN VISARGA (a spacing mark)'],
    [0x060c, 'CS', 'ARABIC COMMA ،'],
    [0x0660, 'AN', 'ARABIC-INDIC DIGIT ZERO'],
    [0x06f0, 'EN', 'EXTENDED ARABIC-INDIC DIGIT ZERO'],
    [0x064e, 'NSM', 'ARABIC FATHA'],
    [0x200c, 'BN', 'ZERO WIDTH NON-JOINER'],
    [0x2029, 'B', 'PARAGRAPH SEPARATOR'],
    [0x1e900, 'R', 'ADLAM CAPITAL LETTER ALIF'],
    [0x1ee00, 'AL', 'ARABIC MATHEMATICAL ALEF'],
    [0x1d400, 'L', 'MATHEMATICAL BOLD CAPITAL A'],
    [0x10fff, 'R', 'unassigned, in a right-to-left block'],
    [0x0898, 'NSM', 'ARABIC SMALL HIGH WORD AL-JUZ'],
  ])('U+%s is %s (%s)', (cp, cls) => {
    expect(bidiClassName(cp)).toBe(cls);
    expect(bidiClassOf(cp)).toBe(BC[cls as keyof typeof BC]);
  });
});
