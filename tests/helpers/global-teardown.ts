import type {} from './global-setup';

/** After the integration suite: drop global setup's template database. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.newsroomTemplateDatabase?.drop();
}
