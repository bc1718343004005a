import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * The Chromium the project uses for tests, build-time Mermaid and Lighthouse: `CHROMIUM_PATH`, then
 * Debian's `/usr/bin/chromium`, then Playwright's own downloaded browser (on a laptop).
 * `npx playwright install` cannot download here, so the Debian package is the usual answer.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const own = chromium.executablePath();
    if (own && isExecutable(own)) return own;
  } catch {
    // Playwright has no browser of its own either; the caller reports it.
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The one line a missing browser earns, instead of Playwright's stack trace. */
export const missingChromiumMessage =
  'No Chromium found: install one (`apt-get install chromium`, or `npx playwright install chromium` where downloads work) or set CHROMIUM_PATH to its executable.';

/** Flags for headless Chromium on a closed network, as root (toolchain guide §6). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright launch options: our browser when one is found, else Playwright's default lookup. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumPath();
  return executablePath ? { executablePath, args: chromiumArgs } : { args: chromiumArgs };
}
