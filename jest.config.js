/** Two projects: fast unit tests of pure modules, and integration tests that boot the real playground. */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', isolatedModules: true, diagnostics: false }];
/**
 * `feed` ships ES modules only. Node loads it with require() (20.19+), Jest's module system does
 * not: its files are compiled to CommonJS like our own TypeScript.
 */
const esmOnly = ['feed'];
const transform = {
  '^.+\\.tsx?$': tsJest,
  [`/node_modules/(?:${esmOnly.join('|')})/.+\\.js$`]: ['babel-jest', { babelrc: false, configFile: false, plugins: [require.resolve('@babel/plugin-transform-modules-commonjs')] }],
};
const transformIgnorePatterns = [`/node_modules/(?!(?:${esmOnly.join('|')})/)`];

module.exports = {
  testTimeout: 180000,
  // Unit tests first, in a process no Strapi boot has used yet (tests/helpers/unit-first-sequencer.js).
  testSequencer: '<rootDir>/tests/helpers/unit-first-sequencer.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/server/src/**/*.test.ts', '<rootDir>/admin/src/**/*.test.ts', '<rootDir>/content-types/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
      setupFiles: ['<rootDir>/tests/helpers/quiet-knex.ts'],
    },
  ],
};
