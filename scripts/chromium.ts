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

/**
 * Flags for headless Chromium on a closed network, as root (toolchain guide §6). Lighthouse takes
 * these as they are (chrome-launcher adds its own `--disable-features`); Playwright takes
 * `playwrightChromiumArgs`.
 */
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

/**
 * Playwright's own `--disable-features` list (playwright-core's chromiumSwitches). Chromium honours
 * only the last `--disable-features` switch, so ours must repeat it; `chromium.test.ts` fails when
 * a Playwright upgrade changes the list.
 */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * New headless Chrome preloads the omnibox popup's WebUI (chrome://omnibox-popup.top-chrome/ and its
 * AI-mode page) for every window, and Playwright opens a window per browser context, that is per test:
 * two extra renderers each time. Measured here on ten pages visited the way the axe sweep does, they
 * were 35-45 % of all the CPU the machine spent (72 s against 39-48 s), and the browser tests are
 * CPU-bound on two cores.
 */
export const omniboxWebUiFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'PreloadTopChromeWebUI'];

/**
 * The one `--disable-features` switch for a Chromium whose launcher disables `theirs`: Chromium keeps
 * only the last such switch, so the launcher's list and the omnibox WebUI go in together.
 */
export const disableFeaturesSwitch = (theirs: readonly string[]): string =>
  `--disable-features=${[...theirs, ...omniboxWebUiFeatures].join(',')}`;

/** Flags for Chromium launched by Playwright. */
export const playwrightChromiumArgs = [...chromiumArgs, disableFeaturesSwitch(playwrightDisabledFeatures)];

/** Playwright launch options: our browser when one is found, else Playwright's default lookup. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumPath();
  const args = playwrightChromiumArgs;
  return executablePath ? { executablePath, args } : { args };
}
