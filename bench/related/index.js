require('../lib/entry')(require.resolve('./run.ts'));
