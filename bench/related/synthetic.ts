import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

/**
 * Synthetic Arabic news text: topics, each with its own vocabulary drawn from
 * the seed article's words and generated Arabic words, plus a shared
 * vocabulary; Zipf-like word frequencies; lengths from 25 to 400 words.
 */
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

let seed = 20261124;
/** Deterministic pseudo-random numbers (mulberry32), so every run seeds the same data. */
export function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
/** Restart the sequence at `value`: text that must come out the same wherever it is asked for (a post and a link to it). */
export function reseed(value: number): void {
  seed = value | 0;
}
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
/** Zipf-like pick: early items far more often than late ones. */
const zipf = <T>(items: T[]): T => items[Math.min(items.length - 1, Math.floor(items.length * random() ** 2.5))];

function generatedWord(): string {
  const length = 3 + Math.floor(random() * 5);
  let word = random() < 0.3 ? 'ال' : '';
  for (let i = 0; i < length; i += 1) word += LETTERS[Math.floor(random() * LETTERS.length)];
  return word;
}

const fixture = fs.readFileSync(path.resolve(__dirname, '../../playground/data/seed-article-ar.txt'), 'utf8');
const fixtureWords = [...new Set(fixture.split(/[^\p{L}]+/u).filter((w) => w.length > 2))];
const shared = [...fixtureWords.slice(0, 300), ...Array.from({ length: 700 }, generatedWord)];
export const SECTIONS = ['أفريقيا', 'اقتصاد', 'تكنولوجيا', 'ثقافة', 'رياضة', 'سياسة', 'صحة', 'علوم', 'بيئة', 'الخليج', 'أوروبا', 'آسيا'];
const TOPICS = Array.from({ length: 60 }, (_, i) => ({
  section: SECTIONS[i % SECTIONS.length],
  words: [...fixtureWords.slice(300 + ((i * 7) % 200), 310 + ((i * 7) % 200)), ...Array.from({ length: 60 }, generatedWord)],
}));

export interface SyntheticArticle {
  documentId: string;
  title: string;
  slug: string;
  standfirst: string;
  section: string;
  keywords: string[];
  topic: number;
  publishedAt: Date;
}

/** The longest run of whole words of `text` that fits in `max` characters. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, text.lastIndexOf(' ', max));
}

function sentence(topic: (typeof TOPICS)[number], words: number): string {
  return Array.from({ length: words }, () => (random() < 0.45 ? zipf(topic.words) : zipf(shared))).join(' ');
}

/** Article `n` of the synthetic corpus. */
export function syntheticArticle(n: number, topic = Math.floor(random() * TOPICS.length)): SyntheticArticle {
  const t = TOPICS[topic];
  const title = sentence(t, 6 + Math.floor(random() * 6));
  return {
    documentId: syntheticDocumentId(n),
    title,
    slug: `synthetic-${n}`,
    // 25 to ~150 words, within the standfirst's 1000 characters.
    standfirst: fit(Array.from({ length: 1 + Math.floor(random() * 5) }, () => `${sentence(t, 25 + Math.floor(random() * 25))}.`).join(' '), 990),
    section: t.section,
    keywords: Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(t.words)),
    topic,
    publishedAt: new Date(Date.now() - Math.floor(random() * 730) * 86400000),
  };
}

/** A paragraph of synthetic text on `topic`. */
export function syntheticParagraph(topic: number): string {
  return `${sentence(TOPICS[topic], 30 + Math.floor(random() * 40))}.`;
}

/** The document id of article `n`: known before it is written, so links can point at any article of the corpus. */
export function syntheticDocumentId(n: number): string {
  return crypto.createHash('sha1').update(`newsroom-bench-${n}`).digest('hex').slice(0, 24);
}

/** A body block: a paragraph, an intertitle, or an inline link to article `target` of the corpus. */
export type SyntheticBlock = { kind: 'paragraph'; text: string } | { kind: 'intertitle'; text: string } | { kind: 'link'; target: number };

/** A word no generated text contains, put in the first paragraph of a few articles: the rare search word. */
export const RARE_WORD = 'زبرجدية';
/** The most frequent words of the shared vocabulary: the common search word is the one of them with the most hits (some are stop words). */
export const COMMON_WORDS = shared.slice(0, 30);

/**
 * A realistic body for article `n` of a corpus of `size`: 10 to 40 blocks of paragraphs with an
 * intertitle every few, 0 to 10 inline links, and 0 to 10 related articles (other articles of the corpus).
 * `rare`: the first paragraph carries RARE_WORD.
 */
export function syntheticBody(n: number, size: number, topic: number, rare = false): { blocks: SyntheticBlock[]; related: number[] } {
  const count = 10 + Math.floor(random() * 31);
  const blocks: SyntheticBlock[] = Array.from({ length: count }, (_, i) =>
    i > 0 && random() < 0.2 ? { kind: 'intertitle', text: sentence(TOPICS[topic], 3 + Math.floor(random() * 5)) } : { kind: 'paragraph', text: syntheticParagraph(topic) }
  );
  if (rare) blocks[0] = { kind: 'paragraph', text: `${RARE_WORD} ${syntheticParagraph(topic)}` };
  const others = (k: number) => {
    const picked = new Set<number>();
    while (size > k && picked.size < k) {
      const target = Math.floor(random() * size);
      if (target !== n) picked.add(target);
    }
    return [...picked];
  };
  // Links go after a paragraph, never first.
  for (const target of others(Math.floor(random() * 11))) blocks.splice(1 + Math.floor(random() * blocks.length), 0, { kind: 'link', target });
  return { blocks, related: others(Math.floor(random() * 11)) };
}
