// Entry point: compile the TypeScript benchmark on the fly (esbuild-register), then run it.
require('esbuild-register/dist/node').register({ target: 'node20' });
require('./run.ts')
  .main()
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
