/**
 * Secrets the playground needs. In development and tests a fixed demo value is
 * used when the variable is unset, so a fresh clone starts with no .env file;
 * in production (NODE_ENV=production) every secret must be set explicitly.
 */
const DEMO_SECRETS: Record<string, string> = {
  APP_KEYS: 'newsroomDemoKeyA==,newsroomDemoKeyB==',
  API_TOKEN_SALT: 'newsroom-demo-api-token-salt',
  ADMIN_JWT_SECRET: 'newsroom-demo-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'newsroom-demo-transfer-token-salt',
  JWT_SECRET: 'newsroom-demo-users-permissions-jwt-secret',
  ENCRYPTION_KEY: 'newsroom-demo-encryption-key',
};

/** The secret `name` from the environment, or the demo value outside production. */
export function secret(name: keyof typeof DEMO_SECRETS): string {
  const value = process.env[name];
  if (value) return value;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(`${name} must be set in production (see playground/.env.example)`);
  }
  return DEMO_SECRETS[name];
}
