/**
 * Text-engine throughput on the seed article repeated to 1 MB, next to a
 * baseline of one String.prototype.replace pass over the same text, so each
 * cost reads as a ratio that does not depend on the machine.
 *
 *   npm run bench:text
 */
import fs from 'fs';
import { documentPostings } from '../../server/src/search/postings';
import path from 'path';
import {
  countWords,
  segmenterWordCount,
  isolateOppositeRuns,
  lintText,
  prepareForSearch,
  slugFor,
  textDirection,
  unicodeSlug,
} from '../../server/src/text';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../playground/data/seed-article-ar.txt'), 'utf8');
const article = fixture.split('\n').slice(0, 21).join('\n');
const TARGET_BYTES = 1024 * 1024;
let text = '';
while (Buffer.byteLength(text) < TARGET_BYTES) text += `${article}\n\n`;
const bytes = Buffer.byteLength(text);
const megabytes = bytes / (1024 * 1024);

const ROUNDS = 9;
// A fresh copy of the text per round: V8 caches String.prototype.replace results for the same string object.
const copies = Array.from({ length: ROUNDS + 1 }, () => Buffer.from(text, 'utf8').toString('utf8'));

/** Median seconds of one call of `fn` (on a fresh copy of the text) over ROUNDS timed rounds, after a warm-up. */
function time(fn: (input: string) => unknown): number {
  fn(copies[0]);
  const samples: number[] = [];
  for (let i = 1; i <= ROUNDS; i += 1) {
    const input = copies[i];
    const start = process.hrtime.bigint();
    fn(input);
    samples.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

let sink: unknown;
const keep = (value: unknown) => {
  sink = value;
};

// Two baselines, both one replace pass over the whole text: folding the alef forms (the
// first step of any Arabic normaliser, few matches) and collapsing whitespace (many matches).
const baselines = {
  alef: time((t) => keep(t.replace(/[أإآ]/g, 'ا'))),
  space: time((t) => keep(t.replace(/\s+/g, ' '))),
};

const worstDirection = `${'1 '.repeat(Math.floor(bytes / 4))}ا`;
const cases: [string, (t: string) => unknown, boolean][] = [
  ['direction: textDirection of the article (as on write)', (t) => textDirection(t), true],
  ['normalise: prepareForSearch (the stored search text)', (t) => prepareForSearch(t), true],
  ['search index on publish: documentPostings (prepare, analyse, stem, count)', (t) => documentPostings(prepareForSearch(t)), false],
  ['count: countWords (UAX #29, equals Intl.Segmenter)', (t) => countWords(t), true],
  ['slug: unicodeSlug, default 200-byte cap (as on write)', (t) => unicodeSlug(t), true],
  ['direction, worst case: no strong character until the end', () => textDirection(worstDirection), false],
  ['count: Intl.Segmenter itself (chunked), for reference', (t) => segmenterWordCount(t), false],
  ['slug: unicodeSlug of the whole text (no limit)', (t) => unicodeSlug(t, Number.MAX_SAFE_INTEGER), false],
  ['slug: transliterate, default cap', (t) => slugFor(t, 'transliterate'), false],
  ['bidi isolation to HTML: isolateOppositeRuns', (t) => isolateOppositeRuns(t, 'rtl'), false],
  ['typography lint: lintText', (t) => lintText(t), false],
];

const rows = cases.map(([name, fn, inPipeline]) => ({ name, seconds: time((t) => keep(fn(t))), inPipeline }));
const pipeline = rows.filter((r) => r.inPipeline).reduce((sum, r) => sum + r.seconds, 0);

const fmt = (seconds: number) => `${(megabytes / seconds).toFixed(0)} MB/s`;
const passes = (seconds: number) => `${(seconds / baselines.alef).toFixed(1)} / ${(seconds / baselines.space).toFixed(2)}`;
console.log(`text: seed article repeated to ${(bytes / 1024).toFixed(0)} KiB (${text.length} UTF-16 units); node ${process.version}; median of ${ROUNDS} rounds`);
console.log('');
console.log('| function | throughput | cost in baseline passes (alef fold / whitespace collapse) |');
console.log('| --- | ---: | ---: |');
console.log(`| baseline A: \`replace(/[أإآ]/g, 'ا')\` | ${fmt(baselines.alef)} | 1.0 / ${(baselines.alef / baselines.space).toFixed(2)} |`);
console.log(`| baseline B: \`replace(/\\s+/g, ' ')\` | ${fmt(baselines.space)} | ${(baselines.space / baselines.alef).toFixed(1)} / 1.00 |`);
for (const row of rows) console.log(`| ${row.inPipeline ? '' : '(not on the write path) '}${row.name} | ${fmt(row.seconds)} | ${passes(row.seconds)} |`);
console.log(`| **write-path pipeline** (direction + normalise + count + slug) | ${fmt(pipeline)} | **${passes(pipeline)}** |`);
console.log('');
const ratioA = pipeline / baselines.alef;
const ratioB = pipeline / baselines.space;
console.log(`pipeline = ${ratioA.toFixed(2)} passes of baseline A, ${ratioB.toFixed(2)} passes of baseline B (target: under 5)`);
if (sink === Symbol.for('never')) console.log(sink);
