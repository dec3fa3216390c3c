/**
 * Text-engine throughput on the seed article repeated to 1 MB, next to a
 * baseline of one String.prototype.replace pass over the same text, so each
 * cost reads as a ratio that does not depend on the machine.
 *
 *   npm run bench:text
 */
import fs from 'fs';
import path from 'path';
import {
  countWords,
  isolateOppositeRuns,
  lintText,
  normalizeForSearch,
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

/** Median seconds of one call of `fn` over `rounds` timed rounds (after a warm-up). */
function time(fn: () => unknown, rounds = 7): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

let sink: unknown;
const keep = (value: unknown) => {
  sink = value;
};

const baseline = time(() => keep(text.replace(/\u0640/g, '')));

const cases: [string, () => unknown][] = [
  ['direction (textDirection, worst case: no strong char until the end)', () => textDirection(`${'1 '.repeat(bytes / 4)}ا`)],
  ['direction (textDirection on the article)', () => textDirection(text)],
  ['normalise (normalizeForSearch)', () => normalizeForSearch(text)],
  ['count (countWords, Intl.Segmenter)', () => countWords(text)],
  ['slug (unicodeSlug of the whole text)', () => unicodeSlug(text, Number.MAX_SAFE_INTEGER)],
  ['slug (transliterate of the whole text)', () => slugFor(text, 'transliterate', Number.MAX_SAFE_INTEGER)],
  ['bidi isolation to HTML (isolateOppositeRuns)', () => isolateOppositeRuns(text, 'rtl')],
  ['typography lint (lintText)', () => lintText(text)],
];

const rows = cases.map(([name, fn]) => {
  const seconds = time(() => keep(fn()));
  return { name, seconds };
});
const pipelineNames = ['direction (textDirection on the article)', 'normalise (normalizeForSearch)', 'count (countWords, Intl.Segmenter)', 'slug (unicodeSlug of the whole text)'];
const pipeline = rows.filter((r) => pipelineNames.includes(r.name)).reduce((sum, r) => sum + r.seconds, 0);

const fmt = (seconds: number) => `${(megabytes / seconds).toFixed(1)} MB/s`;
console.log(`text: seed article repeated to ${(bytes / 1024).toFixed(0)} KiB (${text.length} UTF-16 units); node ${process.version}`);
console.log('');
console.log('| function | throughput | cost in baseline passes |');
console.log('| --- | ---: | ---: |');
console.log(`| baseline: one \`String.prototype.replace\` pass | ${fmt(baseline)} | 1.0 |`);
for (const row of rows) console.log(`| ${row.name} | ${fmt(row.seconds)} | ${(row.seconds / baseline).toFixed(1)} |`);
console.log(`| **write-path pipeline** (direction + normalise + count + slug) | ${fmt(pipeline)} | **${(pipeline / baseline).toFixed(1)}** |`);
console.log('');
const ratio = pipeline / baseline;
console.log(`pipeline = ${ratio.toFixed(2)} baseline passes (target: under 5) — ${ratio < 5 ? 'within target' : 'OVER TARGET'}`);
if (sink === Symbol.for('never')) console.log(sink);
