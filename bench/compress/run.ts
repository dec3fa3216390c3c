/**
 * What compressing a prepared read costs (`npm run bench:compress`): every render of the read model
 * (the warmer's, a stale read's, each article an import publishes) stores the body with its gzip and
 * brotli, so their CPU is paid per write. For JSON bodies shaped like the API's answer, built from
 * the seed article's paragraphs (rich text and HTML per block) at 1×, 2× and 6× its length, prints
 * CPU ms per call (this process's CPU time, best of 3 rounds of 10 calls, so a loaded machine does not
 * inflate it) and bytes, for gzip and brotli at several qualities and windows, beside the settings
 * the plugin uses (services/read-model.ts `brotli`).
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { brotli } from '../../server/src/services/read-model';

/** The shared fixtures every developer and CI have beside the repository. */
const SEED = path.resolve(__dirname, '../../../shared/fixtures/seed-article-ar.txt');

function bodyOf(paragraphs: string[], times: number): string {
  const blocks = Array.from({ length: times }, () => paragraphs)
    .flat()
    .map((text, id) => ({ __component: 'newsroom.paragraph', id, html: `<p dir="auto">${text}</p>`, text: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }));
  return JSON.stringify({ data: { title: paragraphs[0], body: blocks }, meta: {} });
}

function cpuMs(run: () => Buffer): { ms: number; bytes: number } {
  let bytes = run().length;
  const rounds: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const start = process.cpuUsage();
    for (let i = 0; i < 10; i += 1) bytes = run().length;
    const { user, system } = process.cpuUsage(start);
    rounds.push((user + system) / 1000 / 10);
  }
  return { ms: Math.min(...rounds), bytes };
}

const brotliAt = (quality: number, lgwin?: number) => (body: string) =>
  zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
      ...(lgwin ? { [zlib.constants.BROTLI_PARAM_LGWIN]: lgwin } : {}),
    },
  });

const CODECS: [string, (body: string) => Buffer][] = [
  ['gzip (level 6, stored beside brotli)', (body) => zlib.gzipSync(body)],
  ['brotli q5', brotliAt(5)],
  ['brotli q8', brotliAt(8)],
  ['brotli q9, default window (the plugin before)', brotliAt(9)],
  ['brotli q9, LGWIN 17', brotliAt(9, 17)],
  ['**brotli q9, LGWIN 16 (the plugin)**', brotli],
  ['brotli q10', brotliAt(10)],
  ['brotli q11', brotliAt(11)],
];

export async function main() {
  const text = fs.readFileSync(SEED, 'utf8');
  const paragraphs = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const bodies = [1, 2, 6].map((times) => bodyOf(paragraphs, times));
  console.log(`Node ${process.version}, zlib ${process.versions.zlib}, brotli ${process.versions.brotli}; CPU ms per call, best of 3 × 10\n`);
  console.log(`| codec | ${bodies.map((b) => `${(Buffer.byteLength(b) / 1024).toFixed(0)} KB: ms / bytes`).join(' | ')} |`);
  console.log(`| --- | ${bodies.map(() => '---:').join(' | ')} |`);
  for (const [name, run] of CODECS) {
    const cells = bodies.map((body) => {
      const { ms, bytes } = cpuMs(() => run(body));
      return `${ms.toFixed(2)} / ${bytes.toLocaleString('en')}`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}
