/** Browser tests, kept out of `npm test`: `npm run test:e2e` (needs `npm run build` and Chromium). */
module.exports = {
  rootDir: '../..',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', isolatedModules: true, diagnostics: false }] },
  testTimeout: 120000,
};
