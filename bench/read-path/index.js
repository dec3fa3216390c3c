// Entry point: compile the TypeScript benchmark on the fly (esbuild-register), then run it.
// `node bench/read-path/index.js seed <db> <size> <database name>` is the seeding child the run starts.
require('esbuild-register/dist/node').register({ target: 'node20' });
const run = require('./run.ts');
(process.argv[2] === 'seed' ? run.seedChild(process.argv.slice(3)) : run.main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
