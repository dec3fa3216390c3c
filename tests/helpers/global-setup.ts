import path from 'path';

/** Compile the playground (TypeScript → dist/) once before the integration suite. */
export default async function globalSetup(): Promise<void> {
  const appDir = path.resolve(__dirname, '../../playground');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: false });
}
