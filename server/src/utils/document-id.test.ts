import { looksLikeDocumentId } from './document-id';

describe('looksLikeDocumentId', () => {
  it('accepts the shape of a Strapi 5 document id', () => {
    expect(looksLikeDocumentId('xk2f9q8w7e6r5t4y3u2i1o0p')).toBe(true);
    expect(looksLikeDocumentId('a00000000000000000000000')).toBe(true);
  });

  it('refuses other lengths, a leading digit, capitals, dashes and non-ASCII letters', () => {
    expect(looksLikeDocumentId('xk2f9q8w7e6r5t4y3u2i1o0')).toBe(false);
    expect(looksLikeDocumentId('xk2f9q8w7e6r5t4y3u2i1o0pq')).toBe(false);
    expect(looksLikeDocumentId('1k2f9q8w7e6r5t4y3u2i1o0p')).toBe(false);
    expect(looksLikeDocumentId('Xk2f9q8w7e6r5t4y3u2i1o0p')).toBe(false);
    expect(looksLikeDocumentId('xk2f9q8w-e6r5t4y3u2i1o0p')).toBe(false);
    expect(looksLikeDocumentId('خبر-عاجل-عن-الانتخابات')).toBe(false);
    expect(looksLikeDocumentId('')).toBe(false);
  });
});
