import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { freePort } from '../helpers/ports';

export const REPO_ROOT = path.resolve(__dirname, '../..');
const PLAYGROUND = path.join(REPO_ROOT, 'playground');

/** The playground's demo admin (playground/src/setup.ts), created on the first boot of an empty database. */
export const DEMO_ADMIN = { email: 'editor@newsroom.local', password: 'Newsroom-demo-2024' };

/** Production refuses to start without every secret: test values, never used anywhere else. */
const TEST_SECRETS = {
  APP_KEYS: 'e2eKeyA==,e2eKeyB==',
  API_TOKEN_SALT: 'e2e-api-token-salt',
  ADMIN_JWT_SECRET: 'e2e-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'e2e-transfer-token-salt',
  JWT_SECRET: 'e2e-users-permissions-jwt-secret',
  ENCRYPTION_KEY: 'e2e-encryption-key',
};

export interface RunningPlayground {
  url: string;
  /** Everything the server printed so far. */
  logs(): string;
  /** Stop the server and delete its database. */
  stop(): Promise<void>;
}

/** The Strapi CLI the playground depends on (what `npx strapi` resolves to there). */
function strapiCli(): string {
  const pkg = require.resolve('@strapi/strapi/package.json', { paths: [PLAYGROUND] });
  return path.join(path.dirname(pkg), (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { bin: string }).bin);
}

/** Fails with the command to run when the plugin or the playground's admin panel has not been built. */
function assertBuilt(): void {
  const needed = [path.join(REPO_ROOT, 'dist/admin/index.mjs'), path.join(PLAYGROUND, 'dist/build/index.html')];
  const missing = needed.filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(`Not built (missing ${missing.map((f) => path.relative(REPO_ROOT, f)).join(', ')}): run \`npm run build\` first`);
  }
}

/** Environment of the server: this machine's, minus any database settings, plus the test's own. */
function serverEnv(port: number, databaseFile: string): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('DATABASE_')));
  return {
    ...inherited,
    ...TEST_SECRETS,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    NEWSROOM_DEMO_ADMIN_EMAIL: DEMO_ADMIN.email,
    NEWSROOM_DEMO_ADMIN_PASSWORD: DEMO_ADMIN.password,
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
  };
}

async function waitForHealth(url: string, child: ChildProcess, logs: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The playground exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${logs()}`);
    }
    try {
      const response = await fetch(`${url}/_health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The playground was not healthy after ${timeoutMs / 1000} s:\n${logs()}`);
}

/**
 * Start the built playground in production mode (`strapi start`) on a free
 * port with a fresh SQLite database in a temporary folder (`env`: variables
 * of the playground's config added), and wait until
 * `/_health` answers. The caller must `stop()` it; a failed start stops it here.
 */
export async function startPlayground({ timeoutMs = 180_000, env = {} }: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunningPlayground> {
  assertBuilt();
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  // `strapi start` in the playground, as `npx strapi start` runs it, but spawned directly: npx does not
  // pass SIGTERM on to Strapi (it would outlive stop()), and a direct child also dies with Ctrl-C.
  const child = spawn(process.execPath, [strapiCli(), 'start'], {
    cwd: PLAYGROUND,
    env: { ...serverEnv(port, path.join(dir, 'data.db')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;

  const stop = async () => {
    if (running()) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, () => output, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, logs: () => output, stop };
}
