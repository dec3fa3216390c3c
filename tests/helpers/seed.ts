import fs from 'fs';
import path from 'path';
import { PLAYGROUND } from './strapi';

/** The playground's demo articles, as the tests' source of expected values. */
export const seedData = JSON.parse(fs.readFileSync(path.join(PLAYGROUND, 'data', 'articles.json'), 'utf8')) as {
  articles: { key: string; status: string; locales: Record<string, any> }[];
};

export const seedArticle = (key: string) => {
  const article = seedData.articles.find((a) => a.key === key);
  if (!article) throw new Error(`no seed article ${key}`);
  return article;
};

/** Lines of the fixture page, as shipped in playground/data. */
export const fixtureLines = fs
  .readFileSync(path.join(PLAYGROUND, 'data', 'seed-article-ar.txt'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/\r$/, ''));
