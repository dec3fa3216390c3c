/**
 * Boot the compiled playground once on the database the DATABASE_* variables name, as the in-process
 * helper boots it (NODE_ENV=test, no warmer), then close it: the schema synced, locales, permissions,
 * demo admin and demo articles in place. tests/helpers/global-setup.ts runs it in its own process to
 * make the template every integration test file's database is copied from. Plain JS: node alone runs it.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../../playground');

(async () => {
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  app.log.level = process.env.TEST_LOG_LEVEL || 'error';
  try {
    await app.load();
  } finally {
    await app.destroy();
  }
})().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
