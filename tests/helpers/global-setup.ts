import path from 'path';
import { createTemplateDatabase, type TestDatabase } from './database';

declare global {
  // eslint-disable-next-line no-var
  var newsroomTemplateDatabase: TestDatabase | undefined;
}

/**
 * Before the integration suite: compile the playground (TypeScript → dist/), then boot it once on a
 * template database each test file's database is copied from (tests/helpers/database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const appDir = path.resolve(__dirname, '../../playground');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: false });
  globalThis.newsroomTemplateDatabase = await createTemplateDatabase();
}
