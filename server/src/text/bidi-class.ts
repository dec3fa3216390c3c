import { BIDI_CLASS_NAMES, BIDI_RANGE_CLASSES, BIDI_RANGE_STARTS } from './bidi-class-data';

/**
 * The Unicode Bidi_Class of a code point (UAX #9, table 4), from the table
 * generated out of the Unicode Character Database (bidi-class-data.ts). One
 * typed-array read for the Basic Multilingual Plane, a binary search over
 * about 500 runs for the other planes.
 */
export type BidiClass = (typeof BIDI_CLASS_NAMES)[number];

/** Class indexes, as `bidiClassOf` returns them. */
export const BC = Object.fromEntries(BIDI_CLASS_NAMES.map((name, index) => [name, index])) as { readonly [K in BidiClass]: number };

let bmp: Uint8Array | null = null;
let astralStarts: Uint32Array | null = null;
let astralClasses: Uint8Array | null = null;

function build(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const starts: number[] = [];
  const classes: number[] = [];
  for (let i = 0; i < BIDI_RANGE_STARTS.length; i += 1) {
    const start = BIDI_RANGE_STARTS[i];
    const end = i + 1 < BIDI_RANGE_STARTS.length ? BIDI_RANGE_STARTS[i + 1] : 0x110000;
    const cls = BIDI_RANGE_CLASSES.charCodeAt(i) - 65;
    if (start < 0x10000) table.fill(cls, start, Math.min(end, 0x10000));
    if (end > 0x10000) {
      starts.push(Math.max(start, 0x10000));
      classes.push(cls);
    }
  }
  astralStarts = Uint32Array.from(starts);
  astralClasses = Uint8Array.from(classes);
  bmp = table;
  return table;
}

/** Bidi_Class index (see `BC`) of a code point. */
export function bidiClassOf(cp: number): number {
  const table = bmp ?? build();
  if (cp < 0x10000) return table[cp];
  const starts = astralStarts as Uint32Array;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return (astralClasses as Uint8Array)[lo];
}

/** Bidi_Class name of a code point. */
export function bidiClassName(cp: number): BidiClass {
  return BIDI_CLASS_NAMES[bidiClassOf(cp)];
}

/** The BMP table itself, for scanners that read one code unit at a time. */
export function bmpBidiClasses(): Uint8Array {
  return bmp ?? build();
}
