/**
 * One playground node as its own OS process, for tests/integration/two-nodes.test.ts: the
 * compiled playground (tests' global setup compiles it), booted as the in-process helper boots
 * it (NODE_ENV=test, the database from DATABASE_* variables), listening on HOST:PORT. Plain JS so
 * it runs with node alone. SIGTERM closes Strapi (and its database pool) before exiting.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../../playground');
const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
app.log.level = process.env.TEST_LOG_LEVEL || 'warn';

process.once('SIGTERM', () => {
  Promise.resolve(app.destroy())
    .catch(() => undefined)
    .then(() => process.exit(0));
});

app.start().catch((error) => {
  console.error(error);
  process.exit(1);
});
