import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, distDir } from '../../scripts/builtPages.ts';
import { loadOrigins, siteFileReader } from '../../scripts/budgets/loadOrigins.ts';
import { measurePage } from '../../scripts/budgets/measurePage.ts';
import { isPagefind } from '../../scripts/budgets/origins.ts';

// The site shell: what every page relies on, whatever the articles say. Page-specific behaviour lives
// in the owners' specs beside this one.

test.describe('landing page', () => {
  test('says what the site is, who it is for and where to start', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Offset Lab' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Who it is for' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Where to start' })).toBeVisible();
    const start = page.getByRole('link', { name: 'Start with the tutorial' });
    await expect(start).toBeVisible();
    await start.click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Offset Lab');
  });

  test('fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('renders Starlight asides and heading anchors from the top-level content folder', async ({ page }) => {
    // Both come from Starlight's markdown processing, which only runs on `markdown.processedDirs`.
    await page.goto('/');
    await expect(page.locator('aside.starlight-aside').first()).toBeVisible();
    await expect(page.locator('a.sl-anchor-link[href="#who-it-is-for"]')).toHaveCount(1);
  });
});

test('the sidebar offers every Diátaxis section and the playground', async ({ page }) => {
  await page.goto('/playground/');
  const sidebar = page.locator('#starlight__sidebar');
  for (const section of ['Tutorials', 'How-to guides', 'Explanation', 'Reference']) {
    await expect(sidebar.getByText(section, { exact: true })).toBeVisible();
  }
  await expect(sidebar.getByRole('link', { name: 'Playground' })).toHaveAttribute('href', '/playground/');
});

test('the theme picker switches to dark and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('combobox', { name: 'Select theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('search finds articles in the built site', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByPlaceholder('Search').fill('offset');
  // Pagefind fetches its index on the first query: allow it a slow machine.
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
});

test('serves the favicon and a 1200×630 social card', async ({ page, request }) => {
  expect((await request.get('/favicon.svg')).ok()).toBe(true);
  await page.goto('/social-card.png');
  const size = await page
    .locator('img')
    .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(size).toEqual([1200, 630]);
});

test('an unknown address gets a 404 page with the site around it', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Offset Lab' }).first()).toBeVisible();
  // content/docs/404.mdx: says what happened and offers the ways in the landing page offers
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Start with the tutorial' }).click();
  await expect(page).toHaveURL(/\/tutorials\/first-poison-pill\/$/);
});

// The page budget check reads the build, not a browser: this pins its graph walk to what Chromium really
// fetches, on the landing page and on the first article with an island that hydrates when visible.
test('the budget check sees exactly the scripts a browser loads', async ({ page }) => {
  const origins = loadOrigins(distDir);
  expect(origins, 'the build records its chunk origins').toBeDefined();
  if (!origins) return;
  const pages = builtPages(distDir);
  // An article, not an embed: an embed's island fills the first viewport, so Chromium may fetch it
  // before the load event or just after, and the at-load comparison would race.
  const withIsland = pages.find(
    ({ path, file }) =>
      !path.startsWith('/embed/') && /<astro-island[^>]*client="visible"/.test(readFileSync(file, 'utf8')),
  );
  const sample = [pages.find((p) => p.path === '/'), withIsland].filter((p) => p !== undefined);
  for (const { path, file } of sample) {
    const measured = measurePage(path, readFileSync(file, 'utf8'), siteFileReader(distDir), origins);
    const files = (when: string[]): string[] =>
      measured.units.filter((u) => when.includes(u.when) && !u.id.startsWith('inline:')).map((u) => u.id);
    const pagefind = (id: string): boolean =>
      isPagefind({ id, code: '' }, origins.chunks[id.slice(1)]?.packages ?? []);

    const fetched: string[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.js') && !pagefind(pathname)) fetched.push(pathname);
    });
    await page.goto(path, { waitUntil: 'load' });
    expect(new Set(fetched), `${path} at load`).toEqual(new Set(files(['load'])));
    for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const hydrated = new Set(files(['load', 'hydration']));
    const reachable = new Set(files(['load', 'hydration', 'on demand']));
    expect(
      fetched.filter((f) => !reachable.has(f)),
      `${path}: scripts the check never saw`,
    ).toEqual([]);
    expect(
      [...hydrated].filter((f) => !fetched.includes(f)),
      `${path}: counted but not loaded`,
    ).toEqual([]);
    page.removeAllListeners('response');
  }
});
