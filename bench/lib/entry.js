// What every benchmark's entry point does: compile its TypeScript on the fly (esbuild-register), run
// `main()` — or, when the first argument names a child command the run starts (`one`, `seed`), that
// export with the remaining arguments — and exit non-zero on failure.
require('esbuild-register/dist/node').register({ target: 'node20' });

/** Run the benchmark module `file` (a path to its .ts); `children` maps a child command to its export. */
module.exports = function runBenchmark(file, children = {}) {
  const run = require(file);
  const child = children[process.argv[2]];
  (child ? run[child](process.argv.slice(3)) : run.main())
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
};
