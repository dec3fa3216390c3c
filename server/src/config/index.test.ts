import config, { defaultConfig } from '.';

describe('plugin config validator', () => {
  it('accepts the defaults and a valid override', () => {
    expect(() => config.validator({ ...defaultConfig })).not.toThrow();
    expect(() => config.validator({ ...defaultConfig, slugStrategy: 'transliterate', maxPageSize: 200 })).not.toThrow();
  });

  it('stops the boot naming every problem: typos, bad values, unknown keys', () => {
    const run = () => config.validator({ ...defaultConfig, wordsPerMinute: '180', defaultPageSize: 50, maxPageSize: 20, pagesize: 10 });
    expect(run).toThrow(/^\[newsroom\] invalid plugin config: /);
    expect(run).toThrow(/wordsPerMinute must be a `number` type/);
    expect(run).toThrow('maxPageSize must be at least defaultPageSize');
    expect(run).toThrow('pagesize is not a known key (known: wordsPerMinute, slugStrategy, defaultPageSize, maxPageSize, cache, importMaxBytes)');
  });

  it('checks the cache options: whole seconds, no unknown key', () => {
    expect(() => config.validator({ ...defaultConfig, cache: { maxAge: 10, sMaxAge: 600, staleWhileRevalidate: 0 } })).not.toThrow();
    const run = () => config.validator({ ...defaultConfig, cache: { maxAge: -1, sMaxAge: 1.5, staleWhileRevalidate: 300, swr: 1 } });
    expect(run).toThrow(/cache\.maxAge must be greater than or equal to 0/);
    expect(run).toThrow(/cache\.sMaxAge must be an integer/);
    expect(run).toThrow(/cache\.swr is not a known key/);
  });
});
