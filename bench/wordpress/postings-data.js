// The postings the postings-btree benchmarks write (SQLite: postings-btree.js, PostgreSQL:
// postings-btree-pg.js): articles of ~235 postings each, a Zipf-like draw over 15,000 terms.

/**
 * A generator of articles' postings, `[documentId, locale, term, frequency]` rows: 250 words drawn
 * per article (a seeded draw, so every run writes the same terms), the first 10 (the title)
 * weighing 3. Document ids are random strings like Strapi's, or with `monotonic` integers that
 * grow in write order.
 */
function articles({ monotonic = false } = {}) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
  const TERMS = Array.from({ length: 15000 }, (_, i) => `ت${i.toString(36)}كلمة`);
  const term = () => TERMS[Math.min(TERMS.length - 1, Math.floor(TERMS.length * random() ** 2.5))];
  let next = 0;
  const documentId = () => (monotonic ? ++next : Math.random().toString(36).slice(2, 14) + Math.random().toString(36).slice(2, 14));
  return function article() {
    const id = documentId();
    const terms = new Map();
    for (let i = 0; i < 250; i += 1) {
      const t = term();
      terms.set(t, (terms.get(t) ?? 0) + (i < 10 ? 3 : 1));
    }
    return [...terms].map(([t, f]) => [id, 'ar', t, f]);
  };
}

/** The postings index's key order: locale, term, frequency, document. */
const byKey = (a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[3] - b[3] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

module.exports = { articles, byKey };
