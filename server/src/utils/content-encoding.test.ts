import { chooseEncoding } from './content-encoding';

describe('chooseEncoding', () => {
  it('serves brotli to a browser (equal q, brotli listed last) and on a wildcard', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('*', ['br', 'gzip'])).toBe('br');
  });

  it('follows the client where it states a preference or refuses one', () => {
    expect(chooseEncoding('br;q=0.5, gzip', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('gzip', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('br', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('br;q=0, gzip;q=0', ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('identity', ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('GZIP ; Q=0.8, br;q=0.3', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('*;q=0.5, identity', ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('br;q=abc, gzip;q=0.1', ['br', 'gzip'])).toBe('gzip');
  });

  it('answers plain bytes without the header, and only with an encoding the row holds', () => {
    expect(chooseEncoding(undefined, ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('', ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('br', ['gzip'])).toBeNull();
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('gzip, br', [])).toBeNull();
  });
});
