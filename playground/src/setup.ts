import type { Core } from '@strapi/strapi';

/** Arabic is the playground's default content locale, English the second. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  const existing = ((await locales.find()) as { code: string }[]).map((l) => l.code);
  if (!existing.includes('ar')) {
    await locales.create({ code: 'ar', name: 'Arabic (ar)' });
    await locales.setDefaultLocale({ code: 'ar' });
  }
  if (!existing.includes('en')) await locales.create({ code: 'en', name: 'English (en)' });
}

const PUBLIC_ACTIONS = [
  'plugin::newsroom.article.find',
  'plugin::newsroom.article.findOne',
  'plugin::newsroom.article.reuse',
  'plugin::newsroom.channels.rss',
  'plugin::newsroom.channels.atom',
  'plugin::newsroom.channels.sitemap',
  'plugin::newsroom.channels.newsSitemap',
  // The stock baseline of bench/related, read through Strapi's own REST API.
  'api::stock-article.stock-article.find',
  'api::stock-article.stock-article.findOne',
];

/** The playground opts the public role in to reading articles; the plugin itself grants nothing. */
export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of PUBLIC_ACTIONS) {
    const granted = await permissions.findOne({ where: { action, role: role.id } });
    if (!granted) await permissions.create({ data: { action, role: role.id } });
  }
}

export const DEMO_ADMIN_DEFAULTS = { email: 'editor@newsroom.local', password: 'Newsroom-demo-2024' };

/** A super admin for the demo, created only when the database has no admin at all. */
export async function ensureDemoAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) return;
  const email = process.env.NEWSROOM_DEMO_ADMIN_EMAIL || DEMO_ADMIN_DEFAULTS.email;
  await users.create({
    email,
    firstname: 'Demo',
    lastname: 'Editor',
    password: process.env.NEWSROOM_DEMO_ADMIN_PASSWORD || DEMO_ADMIN_DEFAULTS.password,
    isActive: true,
    roles: [superAdmin.id],
    registrationToken: null,
  });
  strapi.log.info(`[playground] demo admin created: ${email}`);
}
