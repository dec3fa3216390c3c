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
    expect(run).toThrow('pagesize is not a known key (known: wordsPerMinute, slugStrategy, defaultPageSize, maxPageSize, cache, publicReadShortcut, warmer, channels, importMaxBytes, importMediaAllowedNetworks)');
  });

  it('checks the cache options: whole seconds, no unknown key', () => {
    expect(() => config.validator({ ...defaultConfig, cache: { maxAge: 10, sMaxAge: 600, staleWhileRevalidate: 0 } })).not.toThrow();
    const run = () => config.validator({ ...defaultConfig, cache: { maxAge: -1, sMaxAge: 1.5, staleWhileRevalidate: 300, swr: 1 } });
    expect(run).toThrow(/cache\.maxAge must be greater than or equal to 0/);
    expect(run).toThrow(/cache\.sMaxAge must be an integer/);
    expect(run).toThrow(/cache\.swr is not a known key/);
  });
});

describe('warmer options', () => {
  it('accepts a cron rule with seconds and refuses a bad rule, a bad batch and an unknown key, naming each', () => {
    expect(() => config.validator({ ...defaultConfig, warmer: { enabled: false, rule: '0 */5 * * * *', batchSize: 10, maxBatches: 1 } })).not.toThrow();
    const run = () => config.validator({ ...defaultConfig, warmer: { enabled: 'yes', rule: 'every minute', batchSize: 0, maxBatches: 1, every: 5 } });
    expect(run).toThrow(/warmer\.enabled must be a `boolean` type/);
    expect(run).toThrow(/warmer\.rule must be a cron expression/);
    expect(run).toThrow(/warmer\.batchSize must be greater than or equal to 1/);
    expect(run).toThrow(/warmer\.every is not a known key/);
  });
});

describe('importMediaAllowedNetworks', () => {
  it('accepts addresses and CIDR ranges of both families, and refuses anything else naming the entry', () => {
    expect(() => config.validator({ ...defaultConfig, importMediaAllowedNetworks: ['10.20.0.0/16', '127.0.0.1', 'fd00::/8', '::1'] })).not.toThrow();
    const run = () => config.validator({ ...defaultConfig, importMediaAllowedNetworks: ['10.20.0.0/16', 'media.intranet', '10.0.0.0/33'] });
    expect(run).toThrow('importMediaAllowedNetworks.1 must be an IP address or a CIDR range');
    expect(run).toThrow('importMediaAllowedNetworks.2 must be an IP address or a CIDR range');
    expect(() => config.validator({ ...defaultConfig, importMediaAllowedNetworks: '10.0.0.0/8' })).toThrow(/importMediaAllowedNetworks must be a `array` type/);
  });
});
