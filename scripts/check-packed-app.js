#!/usr/bin/env node
/**
 * `npm pack` the plugin, install the tarball into a fresh Strapi 5 app made
 * here (JavaScript config, SQLite, no GraphQL plugin, no admin build), boot it
 * and check over HTTP what a developer following the README gets: the plugin's
 * routes guarded until a role is granted, an Arabic article created through
 * the Document Service served with its Arabic slug, the admin API behind admin
 * auth. Exits non-zero, saying what failed, otherwise.
 *
 * Usage: node scripts/check-packed-app.js [--keep]   (npm run check:packed-app)
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const crypto = require('crypto');

const root = path.resolve(__dirname, '..');
const keep = process.argv.includes('--keep');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-packed-app-'));
const app = path.join(work, 'app');
const rootPkg = require(path.join(root, 'package.json'));
const strapiVersion = rootPkg.devDependencies['@strapi/strapi'];
const sqliteVersion = require(path.join(root, 'playground', 'package.json')).dependencies['better-sqlite3'];

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const write = (file, text) => {
  fs.mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
  fs.writeFileSync(path.join(app, file), text);
};
const key = () => crypto.randomBytes(16).toString('base64');

function request(port, method, url, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: data }));
    });
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

function expect(what, condition, detail) {
  if (!condition) throw new Error(`packed app: ${what} (${detail})`);
  console.log(`ok   ${what}`);
}

async function main() {
  const tarball = path.join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());
  console.log(`packed ${path.basename(tarball)}`);

  write('package.json', JSON.stringify({
    name: 'fresh-newsroom-app',
    private: true,
    version: '0.0.0',
    dependencies: {
      '@strapi/strapi': strapiVersion,
      '@strapi/plugin-users-permissions': strapiVersion,
      'better-sqlite3': sqliteVersion,
      react: '^18.3.1',
      'react-dom': '^18.3.1',
      'react-router-dom': '^6.30.3',
      'styled-components': '^6.1.19',
      'strapi-plugin-newsroom': `file:${tarball}`,
    },
  }, null, 2));
  write('config/database.js', `module.exports = () => ({ connection: { client: 'sqlite', connection: { filename: ${JSON.stringify(path.join(work, 'data.db'))} }, useNullAsDefault: true } });\n`);
  write('config/server.js', `module.exports = () => ({ host: '127.0.0.1', port: 0, url: 'https://news.example', app: { keys: [${JSON.stringify(key())}, ${JSON.stringify(key())}] } });\n`);
  write('config/admin.js', `module.exports = () => ({ serveAdminPanel: false, auth: { secret: ${JSON.stringify(key())} }, apiToken: { salt: ${JSON.stringify(key())} }, transfer: { token: { salt: ${JSON.stringify(key())} } }, secrets: { encryptionKey: ${JSON.stringify(key())} } });\n`);
  // What the README tells a developer to add.
  write('config/plugins.js', `module.exports = () => ({ newsroom: { enabled: true }, 'users-permissions': { config: { jwtSecret: ${JSON.stringify(key())} } } });\n`);
  write('config/middlewares.js', `module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];\n`);
  write('src/index.js', 'module.exports = { register() {}, bootstrap() {} };\n');
  write('public/uploads/.gitkeep', '');

  console.log('npm install (fresh app, from the tarball)');
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  expect('the tarball installs', fs.existsSync(path.join(app, 'node_modules', 'strapi-plugin-newsroom', 'dist', 'server', 'index.js')), 'dist/server/index.js missing');

  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [app] }));
  const strapi = await createStrapi({ appDir: app, distDir: app }).load();
  await strapi.server.listen();
  const { port } = strapi.server.httpServer.address();
  try {
    expect('the app boots with the plugin', strapi.plugin('newsroom') !== undefined, 'plugin not loaded');
    expect('GraphQL stays absent without its plugin', strapi.plugin('graphql') === undefined, 'graphql loaded');
    const health = await request(port, 'GET', '/_health');
    expect('/_health answers', health.status === 204, health.status);

    const guarded = await request(port, 'GET', '/api/newsroom/articles');
    expect('the list is closed until a role is granted', guarded.status === 403, `${guarded.status} ${guarded.body}`);
    const admin = await request(port, 'GET', '/newsroom/settings');
    expect('admin routes need an admin', admin.status === 401, `${admin.status} ${admin.body}`);

    // Grant the public role read access, as the README's "Permissions" step does in the admin.
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    for (const action of ['plugin::newsroom.article.find', 'plugin::newsroom.article.findOne']) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
    // An Arabic locale, as a developer adds it in Settings › Internationalization.
    await strapi.plugin('i18n').service('locales').create({ code: 'ar', name: 'Arabic (ar)' });
    const article = await strapi.documents('plugin::newsroom.article').create({
      locale: 'ar',
      status: 'published',
      data: { title: 'الطائرات المسيّرة في تقرير CNN لعام 2023' },
    });
    expect('an Arabic title gets an Arabic slug', /^[\u0600-\u06ff0-9a-z-]+$/i.test(article.slug) && /[\u0600-\u06ff]/.test(article.slug), article.slug);

    const list = await request(port, 'GET', '/api/newsroom/articles?locale=ar');
    const listed = JSON.parse(list.body);
    expect('the published article is listed', list.status === 200 && listed.data.some((a) => a.documentId === article.documentId), `${list.status} ${list.body.slice(0, 300)}`);
    const one = await request(port, 'GET', `/api/newsroom/articles/${encodeURIComponent(article.slug)}?locale=ar`);
    const detail = JSON.parse(one.body);
    expect('the article reads rendered, right to left', one.status === 200 && detail.data.dir === 'rtl' && detail.data.lang === 'ar', `${one.status} ${one.body.slice(0, 300)}`);
    expect('its canonical URL is built from server.url, not the Host header', detail.data.url.startsWith('https://news.example/'), detail.data.url);
  } finally {
    await strapi.destroy();
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error.stack ?? error);
    process.exit(1);
  }
);
