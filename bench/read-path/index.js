// `node bench/read-path/index.js seed <db> <size> <database name>` is the seeding child the run starts.
require('../lib/entry')(require.resolve('./run.ts'), { seed: 'seedChild' });
