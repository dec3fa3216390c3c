import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { secret } from './env-defaults';

/**
 * The plugin is loaded from this repository, not from a copy: the nearest
 * folder above this file whose package.json is strapi-plugin-newsroom. This
 * file runs both from source (admin build) and compiled under dist/.
 */
function newsroomPluginRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'strapi-plugin-newsroom') return dir;
  }
  throw new Error('strapi-plugin-newsroom not found above the playground');
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  newsroom: {
    enabled: true,
    resolve: newsroomPluginRoot(),
    config: {
      wordsPerMinute: env.int('NEWSROOM_WORDS_PER_MINUTE', 180),
      // The plugin's defaults; the variables let tests turn it off or run it every second.
      warmer: {
        enabled: env.bool('NEWSROOM_WARMER', true),
        rule: env('NEWSROOM_WARMER_RULE', '*/10 * * * * *'),
      },
      channels: {
        feedItems: env.int('NEWSROOM_FEED_ITEMS', 50),
        sitemapUrlsPerPage: env.int('NEWSROOM_SITEMAP_URLS_PER_PAGE', 50000),
        // Signs the Content Manager's preview links; the site checks it (README › Preview).
        previewSecret: env('NEWSROOM_PREVIEW_SECRET', null),
      },
      // Networks outside the public internet the WordPress import may fetch media from (comma-separated).
      importMediaAllowedNetworks: env.array('NEWSROOM_IMPORT_MEDIA_NETWORKS', []),
    },
  },
  // Installed as in most Strapi apps, so the tests prove the plugin keeps newsroom articles out of it.
  graphql: {
    enabled: true,
    config: { defaultLimit: 25, maxLimit: 100, depthLimit: 10 },
  },
  'users-permissions': {
    config: {
      jwtSecret: secret('JWT_SECRET'),
    },
  },
});

export default config;
