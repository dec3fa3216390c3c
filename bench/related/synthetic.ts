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
    documentId: crypto.randomBytes(12).toString('hex').slice(0, 24),
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
