// `node bench/wordpress/index.js one <db> <results file>` is the child the run starts per database.
require('../lib/entry')(require.resolve('./run.ts'), { one: 'one' });
