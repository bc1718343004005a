// `npm run screenshots [-- /page/ …]`: full-page screenshots of the built site (OL_DIST, default dist)
// in the light and dark themes at 1280 and 360 px wide, into .screenshots/, to look at before calling
// a page finished. Default pages: the landing page and the main article. Each shot is the first screen
// (what a visitor sees before scrolling); `--full` takes the whole page instead.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';
import { startPreview } from './previewServer.ts';

const dist = process.env.OL_DIST ?? 'dist';
const port = Number(process.env.OL_PORT ?? 4321);
const full = process.argv.includes('--full');
const given = process.argv.slice(2).filter((arg) => arg !== '--full');
const pages = given.length ? given : ['/', '/explanation/offset-management/'];
const outDir = '.screenshots';
mkdirSync(outDir, { recursive: true });

const server = await startPreview(dist, port);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const path of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 360]) {
        const page = await browser.newPage({
          viewport: { width, height: width < 500 ? 740 : 800 },
          colorScheme,
        });
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        // Off-screen diagrams use `content-visibility: auto` and are not painted until scrolled to: a
        // full-page shot would show them blank, which a reader who scrolls never sees.
        if (full) await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
        const name = `${path.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'landing'}-${colorScheme}-${width}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: full });
        console.log(`${outDir}/${name}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.stop();
}
