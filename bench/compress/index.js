// Entry point: compile the TypeScript benchmark on the fly (esbuild-register), then run it.
require('../lib/entry')(require.resolve('./run.ts'));
