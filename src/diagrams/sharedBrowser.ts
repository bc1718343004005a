import type { Browser, BrowserType } from 'playwright';
import { chromium } from 'playwright-core';
import { chromiumPath, playwrightChromiumArgs } from '../../scripts/chromium.ts';

/** Close Chromium after this long without a render, so `astro build` can exit (long enough to bridge
 * the gaps between pages on a loaded machine: a relaunch costs more than waiting). */
const idleMs = 20_000;

let browser: Promise<Browser> | undefined;
let users = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error('Diagrams render at build time and need Chromium: install it or set CHROMIUM_PATH.');
  }
  return chromium.launch({ executablePath, args: playwrightChromiumArgs }) as unknown as Promise<Browser>;
}

/**
 * A `BrowserType` for mermaid-isomorphic that hands out one Chromium per build. mermaid-isomorphic
 * launches (and closes) a browser per call when calls don't overlap; here its "browser" is a thin
 * view whose `close()` only releases it, and the real one closes after `idleMs` of quiet.
 */
export const sharedBrowserType = {
  async launch() {
    if (idleTimer) clearTimeout(idleTimer);
    users += 1;
    browser ??= launch();
    const real = await browser;
    return {
      newContext: (options: Parameters<Browser['newContext']>[0]) => real.newContext(options),
      close: async () => {
        users -= 1;
        if (users === 0) idleTimer = setTimeout(closeSharedBrowser, idleMs);
      },
    };
  },
} as unknown as BrowserType;

export async function closeSharedBrowser(): Promise<void> {
  const open = browser;
  browser = undefined;
  if (open) await (await open).close();
}
