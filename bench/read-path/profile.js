// Entry point of `npm run bench:profile`: compile the TypeScript on the fly (esbuild-register), then run it.
require('esbuild-register/dist/node').register({ target: 'node20' });
require('./profile.ts')
  .main()
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
