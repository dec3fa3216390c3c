// `node bench/write-path/index.js one <db> <size> <results file>` is the child the run starts per (database, size).
require('../lib/entry')(require.resolve('./run.ts'), { one: 'one' });
