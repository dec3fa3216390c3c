#!/usr/bin/env node
/**
 * Strapi boots silently without the plugin's content type when dist/ is missing
 * or stale, so tests build the plugin first whenever a source file is newer
 * than the build.
 */
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const built = path.join(root, 'dist', 'server', 'index.js');
const sources = ['server/src', 'admin/src', 'content-types', 'package.json'];

function newestMtime(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
if (builtAt < sourcesAt) {
  console.log('[newsroom] building the plugin (dist/ is missing or older than its sources)');
  execSync('npm run build:plugin', { cwd: root, stdio: 'inherit' });
}
