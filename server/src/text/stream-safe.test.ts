import fc from 'fast-check';
import { newsroomText } from '../../../tests/helpers/newsroom-text';
import { normalizeStreamSafe, streamSafe } from './stream-safe';

const FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'] as const;

describe('stream-safe normalisation', () => {
  it.each(FORMS)('is String.prototype.normalize (%s) on text without a run of more than 30 marks (property)', (form) => {
    fc.assert(
      fc.property(newsroomText, fc.string({ unit: 'binary' }), (a, b) => {
        expect(normalizeStreamSafe(a + b, form)).toBe((a + b).normalize(form));
      })
    );
  });

  it('normalises a letter with 100,000 marks in order, piece by piece', () => {
    const marks = '\u0651\u064E'.repeat(50_000);
    const pieces = (`ا${marks}`.match(/^.{31}|.{1,30}/gsu) ?? []).map((piece) => piece.normalize('NFC'));
    expect(normalizeStreamSafe(`ا${marks}`, 'NFC')).toBe(pieces.join(''));
  });

  it('puts a combining grapheme joiner after every 30 marks of a run, and nowhere else', () => {
    expect(streamSafe('قال')).toBe('قال');
    const run = '\u0301'.repeat(65);
    expect(streamSafe(`e${run} e\u0301`)).toBe(`e${'\u0301'.repeat(30)}\u034F${'\u0301'.repeat(30)}\u034F${'\u0301'.repeat(5)} e\u0301`);
  });

  it('counts halfwidth voiced sound marks as marks (NFKC makes them combining)', () => {
    expect(streamSafe(`ｶ${'\uFF9E'.repeat(31)}`)).toBe(`ｶ${'\uFF9E'.repeat(30)}\u034F\uFF9E`);
  });
});
