/**
 * Search quality of the old and new engines on the labelled set (issue #11),
 * side by side, without a server:
 * - old: commit c028e56's `GET /articles?q=` — every normalised query term
 *   `$contains`-matched in the normalised search text (old-normalize.ts);
 * - new: the search index's matching (every query word through one of its
 *   forms), from the same postings the index stores.
 * The new engine over HTTP, on a real Strapi, is tests/integration/search-quality.test.ts;
 * both give the same sets.
 *
 *   npm run bench:search
 */
import { SEARCH_ARTICLES } from '../../tests/fixtures/search-articles-ar';
import { measure, report } from '../../tests/fixtures/search-quality';
import { documentPostings, searchTextOf } from '../../server/src/search/postings';
import { analyzeQuery } from '../../server/src/text';
import { normalizeForSearch, searchTerms } from './old-normalize';

const fields = (a: (typeof SEARCH_ARTICLES)[number]) => ({
  title: a.title,
  standfirst: a.standfirst,
  kicker: a.kicker ?? '',
  keywords: (a.keywords ?? []).join(' '),
  body: a.paragraphs.join('\n'),
});

const oldText = new Map(SEARCH_ARTICLES.map((a) => [a.key, normalizeForSearch(Object.values(fields(a)).filter(Boolean).join(' '))]));
const oldEngine = (q: string) => [...oldText].filter(([, text]) => searchTerms(q).every((t) => text.includes(t))).map(([key]) => key);

const postings = new Map(SEARCH_ARTICLES.map((a) => [a.key, documentPostings(searchTextOf(fields(a))).terms]));
const newEngine = (q: string) => {
  const { terms } = analyzeQuery(q);
  if (terms.length === 0) return [];
  return [...postings].filter(([, t]) => terms.every((term) => term.forms.some((f) => t.has(f)))).map(([key]) => key);
};

async function main() {
  const verbose = process.argv.includes('--verbose');
  const old = await measure(oldEngine);
  const fresh = await measure(newEngine);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const results = (quality: typeof old) => quality.outcomes.reduce((s, o) => s + o.found.length, 0);
  console.log(`Labelled set: ${SEARCH_ARTICLES.length} articles, ${old.outcomes.length} judged queries\n`);
  console.log('| engine | precision | recall | results returned |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| old: \`$contains\` over normalised text (c028e56) | ${pct(old.precision)} | ${pct(old.recall)} | ${results(old)} |`);
  console.log(`| new: whole analysed terms from the index | ${pct(fresh.precision)} | ${pct(fresh.recall)} | ${results(fresh)} |`);
  if (verbose) console.log(`\n${report('old', old)}\n\n${report('new', fresh)}`);
}

void main();
