import fs from 'fs';
import path from 'path';

/** Lines 1–21 of the seed page (the article, boilerplate excluded), from the playground's copy of the fixture. */
export function fixtureArticleLines(): string[] {
  const file = path.resolve(__dirname, '../../playground/data/seed-article-ar.txt');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(0, 21)
    .filter((line) => line.trim() !== '');
}
