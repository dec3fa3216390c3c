import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { logIn, useArabicInterface } from './admin-actions';
import { startPlayground, type RunningPlayground } from './playground-server';

/** Debian's Chromium (never a browser download); CHROMIUM_PATH overrides. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the browser tests leave their screenshots (git-ignored). */
export const SCREENSHOTS = path.join(__dirname, '__screenshots__');

export interface AdminSession {
  server: RunningPlayground;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * The built playground in production mode, Chromium on a page of `viewport`,
 * the demo admin logged in with the Arabic interface: where every browser test
 * starts. Without the Arabic interface the tests would all fail for one
 * reason, said once here.
 */
export async function arabicAdminSession(viewport: { width: number; height: number }, env: Record<string, string> = {}): Promise<AdminSession> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startPlayground({ env });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport });
    await logIn(page, server.url);
    await useArabicInterface(page, server.url);
    const opened = browser;
    return {
      server,
      browser: opened,
      page,
      async close() {
        await opened.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.stop().catch(() => undefined);
    throw error;
  }
}
