/** Two projects: fast unit tests of pure modules, and integration tests that boot the real playground. */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', isolatedModules: true, diagnostics: false }];

module.exports = {
  testTimeout: 180000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/server/src/**/*.test.ts', '<rootDir>/admin/src/**/*.test.ts', '<rootDir>/content-types/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      setupFiles: ['<rootDir>/tests/helpers/quiet-knex.ts'],
    },
  ],
};
