import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Site search: Starlight's dialog and Pagefind, with Pagefind's UI built only when someone searches
// (src/components/starlight/Search.astro). Starlight builds it on idle on every page, which cost an
// article most of its Lighthouse Total Blocking Time (issue 2).

const article = '/explanation/offset-management/';

/** Pagefind's UI with its stylesheet inside (src/components/starlight/pagefindUI.ts), and its index. */
const pagefindUI = /\/pagefindUI\.[\w-]+\.js$/;
const isPagefindRequest = (url: string): boolean => pagefindUI.test(url) || url.includes('/pagefind/');

/** Resolves after the browser has had idle time: when Starlight would have built the search UI. */
const afterIdle = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => setTimeout(() => requestIdleCallback(() => resolve()), 200)),
      ),
  );

test('the search UI is not loaded nor built until someone searches', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (isPagefindRequest(request.url())) pagefind.push(request.url());
  });
  await page.goto(article, { waitUntil: 'networkidle' });
  await afterIdle(page);
  expect(pagefind, 'Pagefind requests before searching').toEqual([]);
  await expect(page.locator('#starlight__search')).toBeEmpty();

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  // Starlight focuses the input on open; here the input is built first, then focused.
  const input = dialog.getByPlaceholder('Search');
  await expect(input).toBeFocused({ timeout: 10_000 });
  expect(
    pagefind.filter((url) => pagefindUI.test(url)),
    'the UI, once opened',
  ).toHaveLength(1);
  // Its stylesheet came with it: Pagefind's input is 64 px × the UI scale high, an unstyled one half.
  expect((await input.boundingBox())?.height).toBeGreaterThan(40);
});

test('search finds a known article by a word from its text', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByPlaceholder('Search').fill('bisect');
  // Pagefind fetches its index on the first query: allow it a slow machine.
  const result = dialog.locator('.pagefind-ui__result-link').filter({ hasText: 'Bisect and partial batch' });
  await expect(result.first()).toBeVisible({ timeout: 20_000 });
  await result.first().click();
  await expect(page).toHaveURL(/\/explanation\/bisect-and-partial-batches\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bisect and partial batch responses');
});

test('Ctrl+K opens search with the input focused, and closes it again', async ({ page }) => {
  await page.goto(article);
  const dialog = page.getByRole('dialog', { name: 'Search' });
  // The button is enabled once the element is defined: before that, the shortcut has no listener.
  await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByPlaceholder('Search')).toBeFocused({ timeout: 10_000 });
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog.getByPlaceholder('Search')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('hovering the search button starts loading the UI before the dialog opens', async ({ page }) => {
  await page.goto(article, { waitUntil: 'networkidle' });
  const loaded = page.waitForRequest((request) => pagefindUI.test(request.url()));
  await page.getByRole('button', { name: 'Search' }).hover();
  await loaded;
  await expect(page.locator('#starlight__search input')).toHaveCount(1);
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
});

test('excerpts come from the prose, not from simulations, diagrams or their sources', async ({ page }) => {
  await page.goto('/');
  // Pagefind's own API, as the search dialog uses it: every result's excerpt for words that the
  // simulation player's legend and log, and the statecharts' Mermaid sources, are full of
  const excerpts = await page.evaluate(async () => {
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
      search(query: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string }> }[] }>;
    };
    const found: string[] = [];
    for (const query of ['committed offset', 'bisecting', 'invocation sends partition']) {
      const { results } = await pagefind.search(query);
      for (const result of results) {
        const { url, excerpt } = await result.data();
        found.push(`${url}: ${excerpt.replace(/<\/?mark>/g, '')}`);
      }
    }
    return found;
  });
  expect(excerpts.length).toBeGreaterThan(3);
  const noise = [/not yet committed\. being processed\./, /state "\w+" as s_\w+/, /Invocation #\d+ sends/];
  expect(excerpts.filter((e) => noise.some((n) => n.test(e)))).toEqual([]);
});
