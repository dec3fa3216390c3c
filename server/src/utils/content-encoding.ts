export type StoredEncoding = 'br' | 'gzip';

/**
 * The q-value an `Accept-Encoding` header gives `encoding` (RFC 9110 §12.5.3): its own entry,
 * else `*`'s, else 0. One pass over the header, no regex.
 */
function qualityOf(header: string, encoding: string): number {
  let own: number | null = null;
  let wildcard: number | null = null;
  for (const item of header.split(',')) {
    const [name, ...params] = item.split(';');
    const coding = name.trim().toLowerCase();
    if (coding !== encoding && coding !== '*') continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key.trim().toLowerCase() === 'q') q = Number(value?.trim());
    }
    if (!Number.isFinite(q) || q < 0 || q > 1) q = 0;
    if (coding === encoding) own = q;
    else wildcard = q;
  }
  return own ?? wildcard ?? 0;
}

/**
 * The stored encoding to answer with for an `Accept-Encoding` header, or null for the plain bytes.
 * The client's q-values decide; on a tie brotli wins, then gzip. Browsers send `gzip, deflate, br`
 * (equal q, brotli last): koa's `acceptsEncodings` (negotiator 0.6) breaks ties by the client's
 * order and would never pick brotli for them.
 */
export function chooseEncoding(acceptEncoding: string | undefined, stored: readonly StoredEncoding[]): StoredEncoding | null {
  if (!acceptEncoding) return null;
  let best: StoredEncoding | null = null;
  // Identity the client did not name stays acceptable but never beats a compression it names.
  let bestQ = qualityOf(acceptEncoding, 'identity');
  // Best first, and only a strictly higher q displaces: ties stay with brotli, then gzip, over identity.
  for (const encoding of (['br', 'gzip'] as const).filter((e) => stored.includes(e))) {
    const q = qualityOf(acceptEncoding, encoding);
    if (q > 0 && (best === null ? q >= bestQ : q > bestQ)) {
      best = encoding;
      bestQ = q;
    }
  }
  return best;
}
