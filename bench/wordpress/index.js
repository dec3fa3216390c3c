// Entry point: compile the TypeScript benchmark on the fly (esbuild-register), then run it.
require('esbuild-register/dist/node').register({ target: 'node20' });
const run = require('./run.ts');
// `node bench/wordpress/index.js one <db> <results file>` is the child the run starts per database.
(process.argv[2] === 'one' ? run.one(process.argv.slice(3)) : run.main())
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
