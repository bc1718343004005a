import { expect, test, type Page, type Request } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { axeViolations } from './axeViolations.ts';

// Diagrams for talks (issue 7): build-time diagrams, exports, embeds on another origin, presenter keys,
// and the article JavaScript budget. Runs against the built site (OL_DIST) served on OL_PORT; a second
// origin is served on a free port for the iframe tests.

// Axe over a page of large inline SVGs plus 4× PNG encodes take a while on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

const port = Number(process.env.OL_PORT ?? 4321);
const site = `http://127.0.0.1:${port}`;
const statecharts = '/reference/statecharts/';
const starlightSearchButton = 'site-search button[data-open-modal]';

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}

/** Bytes of JavaScript a page loads by its load event, gzipped (-9), as the budget counts them. */
async function scriptBytesGz(page: Page, path: string): Promise<{ total: number; urls: string[] }> {
  const scripts: Request[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r));
  await page.goto(path, { waitUntil: 'load' });
  const bodies = await Promise.all(scripts.map(async (r) => (await r.response())?.body() ?? Buffer.alloc(0)));
  const inline = await page.$$eval('script:not([src])', (els) =>
    els.map((e) => e.textContent ?? '').join('\n'),
  );
  const total =
    bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) + gzipSync(inline, { level: 9 }).length;
  return { total, urls: scripts.map((r) => r.url()) };
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('build-time diagrams', () => {
  test('render as inline SVG in both themes, accessible, with no Mermaid JavaScript', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await setTheme(page, 'light');
    await page.goto(statecharts);
    const figure = page.locator('figure.ol-diagram').first();
    const light = figure.locator('.ol-diagram__svg--light svg');
    await expect(light).toBeVisible();
    await expect(light).toHaveAttribute('role', 'img');
    await expect(light.locator('title')).toHaveText(/statechart/);
    await expect(light.locator('desc')).not.toBeEmpty();
    await expect(figure.locator('.ol-diagram__svg--dark svg')).toBeHidden();
    await expect(figure.locator('details.ol-diagram__source code')).toContainText('stateDiagram-v2');
    // No foreignObject: labels are SVG text (exports, slide tools).
    expect(await figure.locator('foreignObject').count()).toBe(0);
    // Ids are unique across every inline SVG on the page.
    const ids = await page.$$eval('figure.ol-diagram [id]', (els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(requests.filter((u) => /mermaid/i.test(u))).toEqual([]);

    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await expect(figure.locator('.ol-diagram__svg--dark svg')).toBeVisible();
    await expect(light).toBeHidden();
    expect(await axeViolations(page, { exclude: [starlightSearchButton] })).toEqual([]);
  });

  test('article pages stay within 5 KB of gzipped JavaScript beyond Starlight; export code loads on click', async ({
    page,
  }) => {
    // A plain Starlight page with neither diagrams nor simulations.
    const baseline = await scriptBytesGz(page, '/reference/glossary/');
    const withDiagrams = await scriptBytesGz(await page.context().newPage(), statecharts);
    const extra = withDiagrams.total - baseline.total;
    test
      .info()
      .annotations.push({ type: 'js-budget', description: `${extra} B gz beyond the baseline page` });
    expect(extra).toBeLessThanOrEqual(5 * 1024);
    expect(withDiagrams.urls.some((u) => /openDiagramExport/.test(u))).toBe(false);
  });
});

test.describe('export', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`a diagram exports as clean SVG, PNG 2×/4× and Mermaid source (${theme})`, async ({
      page,
    }, info) => {
      await setTheme(page, theme);
      await page.goto(statecharts);
      const figure = page.locator('figure.ol-diagram').first();
      const lazy = page.waitForRequest(/openDiagramExport/);
      await figure.getByRole('button', { name: /^Export / }).click();
      await lazy;
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' })).toBeChecked();
      await dialog.getByRole('checkbox', { name: 'Caption' }).check();
      await dialog.getByRole('checkbox', { name: 'Page URL' }).check();

      const download = async (name: string) => {
        const [d] = await Promise.all([
          page.waitForEvent('download'),
          dialog.getByRole('button', { name, exact: true }).click(),
        ]);
        return { name: d.suggestedFilename(), body: await readFile((await d.path())!) };
      };
      const svg = await download('SVG');
      expect(svg.name).toMatch(new RegExp(`-${theme}\\.svg$`));
      const text = svg.body.toString('utf8');
      expect(text).not.toMatch(/<script|<foreignObject|\son[a-z]+\s*=|javascript:|@import/i);
      expect(text).not.toMatch(/(?:href|url\()\s*=?\s*["'(]?\s*(?:https?:|\/\/)/i);
      expect(text).toContain('<text');
      const parsed = await page.evaluate((s) => {
        const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror').length > 0,
          tag: root.localName,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        };
      }, text);
      expect(parsed).toMatchObject({ error: false, tag: 'svg' });
      expect(parsed.texts).toContain('/reference/statecharts/#statechart-');

      for (const scale of [2, 4]) {
        const png = await download(`PNG ${scale}×`);
        expect(png.name).toMatch(new RegExp(`@${scale}x\\.png$`));
        expect(pngSize(png.body)).toEqual({ width: parsed.width * scale, height: parsed.height * scale });
      }
      const source = await download('Mermaid source (.mmd)');
      expect(source.body.toString('utf8')).toContain('stateDiagram-v2');

      // What a slide would show: the exported file on its own.
      const shot = await page.context().newPage();
      await shot.setViewportSize({
        width: Math.min(parsed.width, 1600),
        height: Math.min(parsed.height, 1200),
      });
      await shot.setContent(`<body style="margin:0">${text}</body>`);
      await info.attach(`exported-${theme}.png`, { body: await shot.screenshot(), contentType: 'image/png' });
      await shot.close();

      expect(await axeViolations(page, { include: ['dialog'] })).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(figure.getByRole('button', { name: /^Export / })).toBeFocused();
    });
  }

  test('a transparent export has no background', async ({ page }) => {
    await page.goto(statecharts);
    await page
      .locator('figure.ol-diagram')
      .first()
      .getByRole('button', { name: /^Export / })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Transparent' }).check();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    const text = (await readFile((await d.path())!)).toString('utf8');
    expect(text).not.toContain('<rect width="100%" height="100%"');
  });
});

test.describe('embeds', () => {
  let other: Server;
  // Any free port: OL_PORT + 1 may be another engineer's preview server.
  let otherPort = 0;
  test.beforeAll(async () => {
    // A page on another origin that embeds our pages, as a blog or a slide deck would.
    other = createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><title>host</title><h1>Someone else's page</h1><iframe src="${site}${src}" title="embed" width="900" height="700"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherPort = (other.address() as AddressInfo).port;
  });
  test.afterAll(async () => new Promise<void>((resolve) => other.close(() => resolve())));

  test('a diagram embed renders inside an iframe on another origin, themed by the query', async ({
    page,
  }) => {
    await page.goto(
      `http://127.0.0.1:${otherPort}/?src=${encodeURIComponent('/embed/diagram/statechart-partition-flow/?theme=dark')}`,
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.ol-diagram__svg--dark svg')).toBeVisible();
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(frame.locator('.sl-container, header.header')).toHaveCount(0); // no Starlight frame
  });

  test('a scenario embed runs its simulation from t and knob values in the query', async ({ page }) => {
    const src = '/embed/poison-pill/?theme=light&t=2s&BatchSize=2&knobs=BatchSize';
    await page.goto(`http://127.0.0.1:${otherPort}/?src=${encodeURIComponent(src)}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-ready="true"] .ol-sim')).toBeVisible();
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(frame.getByRole('spinbutton', { name: /BatchSize/ })).toHaveValue('2');
    // The engine's outcome for BatchSize 2, as the embed showed it when it shipped the engine:
    // 513 events (the preset's BatchSize 5 gives 485), batches of 2.
    await expect(frame.locator('.ol-sim')).toContainText('2s / 30s · event 35/513');
    await expect(frame.locator('.ol-sim')).toContainText('Batch #4 closes with 2 records');
  });

  test('an embed without knob values never fetches the engine; knob values that change the scenario do', async ({
    page,
  }) => {
    const engine = /\/_astro\/runScenario\.[\w-]+\.js$/;
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    const open = async (src: string): Promise<boolean> => {
      fetched.length = 0;
      await page.goto(src);
      await expect(page.locator('[data-ready="true"] .ol-sim')).toBeVisible();
      return fetched.some((url) => engine.test(url));
    };

    // t, theme and the knob controls alone: the published (build-time) run, no engine.
    expect(await open('/embed/poison-pill/?theme=dark&t=2s&knobs=BatchSize')).toBe(false);
    await expect(page.locator('.ol-embed-sim')).toHaveAttribute('data-run', 'published');
    await expect(page.locator('.ol-sim')).toContainText('2s / 30s · event 23/485');
    await page.getByRole('button', { name: /Step to the next event/ }).click();
    await expect(page.locator('.ol-sim')).toContainText('event 24/485');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((url) => engine.test(url))).toEqual([]);
    // Moving a knob loads it, and the outcome changes at the same time.
    await page.getByRole('spinbutton', { name: /BatchSize/ }).fill('2');
    await page.getByRole('spinbutton', { name: /BatchSize/ }).press('Tab');
    await expect(page.locator('.ol-embed-sim')).toHaveAttribute('data-run', 'engine');
    await expect(page.locator('.ol-sim')).toContainText(/ \/ 30s · event \d+\/513/);
    expect(fetched.some((url) => engine.test(url))).toBe(true);

    // The scenario's own value in the address changes nothing: still no engine.
    expect(await open('/embed/poison-pill/?BatchSize=5')).toBe(false);
    // Another value does.
    expect(await open('/embed/poison-pill/?BatchSize=2')).toBe(true);
    await expect(page.locator('.ol-embed-sim')).toHaveAttribute('data-run', 'engine');
  });

  test('an embed without knob values loads ≤ 60 KB of JavaScript once hydrated', async ({ page }) => {
    // Issue 4's total for an article with one simulation, as the browser fetches it. (The at-load
    // share, ≤ 8 KB, is the budget check's: the island fills the first viewport, so Chromium may fetch
    // it before or after the load event.) The run travels as JSON data, not as JavaScript.
    const scripts: Request[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r));
    await page.goto('/embed/poison-pill/?theme=light&t=2s&knobs=BatchSize');
    await expect(page.locator('[data-ready="true"] .ol-sim')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(
      scripts.map(async (r) => (await r.response())?.body() ?? Buffer.alloc(0)),
    );
    const inline = await page.$$eval('script:not([src]):not([type="application/json"])', (els) =>
      els.map((e) => e.textContent ?? '').join('\n'),
    );
    const total =
      bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) +
      gzipSync(inline, { level: 9 }).length;
    expect(total).toBeGreaterThan(20_000); // the player did load
    expect(total).toBeLessThanOrEqual(60_000);
  });

  test('the engine in the browser gives the published run for the same scenario (determinism)', async ({
    page,
  }) => {
    // MaximumRetryAttempts=-1 writes out the preset's default: a different input for the same mapping,
    // so the browser runs the engine and must land on the build-time run's frame exactly.
    const frameOf = async (src: string) => {
      await page.goto(src);
      await expect(page.locator('[data-ready="true"] .ol-sim')).toBeVisible();
      const sim = page.locator('.ol-sim');
      return {
        run: await page.locator('.ol-embed-sim').getAttribute('data-run'),
        lanes: await sim
          .locator('svg')
          .first()
          .evaluate((e) => e.outerHTML),
        text: await sim.innerText(),
      };
    };
    const published = await frameOf('/embed/poison-pill/?t=10s');
    const rerun = await frameOf('/embed/poison-pill/?t=10s&MaximumRetryAttempts=-1');
    expect([published.run, rerun.run]).toEqual(['published', 'engine']);
    expect(rerun.lanes).toBe(published.lanes);
    expect(rerun.text).toBe(published.text);
  });

  test('knob values the engine rejects leave the published run on screen, with the engine’s words', async ({
    page,
  }) => {
    // In range for the knob (−1 to 604800), but AWS wants −1 or at least 60 (R15).
    await page.goto('/embed/poison-pill/?t=2s&MaximumRecordAgeInSeconds=30&BatchSize=abc');
    await expect(page.locator('[data-ready="true"] .ol-sim')).toBeVisible();
    await expect(page.locator('.ol-embed-sim')).toHaveAttribute('data-run', 'published');
    await expect(page.locator('.ol-sim')).toContainText('2s / 30s · event 23/485');
    const notes = page.getByRole('note');
    await expect(notes.filter({ hasText: 'Ignored in the embed address: BatchSize=abc' })).toHaveCount(1);
    await expect(
      notes.filter({ hasText: /engine rejects .*mapping\.MaximumRecordAgeInSeconds.*minimum valid value/ }),
    ).toHaveCount(1);
  });

  test('an embed whose simulator cannot load keeps its frame and says so', async ({ page }) => {
    await page.route(/\/_astro\/runScenario\.[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/embed/poison-pill/?t=2s&BatchSize=2');
    await expect(page.locator('[data-ready="true"] .ol-sim')).toBeVisible();
    await expect(page.locator('.ol-embed-sim')).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('.ol-sim')).toContainText('2s / 30s · event 23/485');
    await expect(page.getByRole('note')).toContainText('The simulator could not be loaded');
  });

  test('an embed reads without JavaScript: the server renders the published frame', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/embed/bisect/');
    await expect(page.locator('.ol-sim svg').first()).toBeVisible();
    await expect(page.locator('.ol-sim')).toContainText('event 43/43');
    await context.close();
  });

  test('copy embed code gives the iframe snippet, and oEmbed discovery points at valid JSON', async ({
    page,
  }) => {
    await page.goto('/embed/bisect/?theme=dark');
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/bisect\/\?theme=dark" title="Bisect on function error"/,
    );
    const href = await page
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute('href');
    const json = await (await page.request.get(new URL(href!).pathname)).json();
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Offset Lab',
      html: expect.stringMatching(/^<iframe /),
    });
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('presenter mode', () => {
  // presenter.css: the next beat fades in over the last one, which leaves once covered; with reduced
  // motion the beat changes at once.
  for (const [motion, fades] of [
    ['no-preference', true],
    ['reduce', false],
  ] as const) {
    test(`a beat ${fades ? 'fades in over the last one' : 'changes at once'} (reduced motion: ${motion})`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto('/present/first-poison-pill/');
      const beats = page.locator('.ol-present__beat');
      await expect(page.locator('[data-beat-number]')).toHaveText('1');
      // Press → and read both beats in the same task, before any frame: the outgoing beat is still
      // shown under the incoming one, which starts transparent (nothing here depends on timing).
      const during = await page.evaluate(() => {
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        return [...document.querySelectorAll('.ol-present__beat')].slice(0, 2).map((b) => ({
          shown: getComputedStyle(b).display !== 'none',
          opacity: Number(getComputedStyle(b).opacity),
        }));
      });
      expect(during[0]!.shown, 'the last beat during the change').toBe(fades);
      if (fades) expect(during[1]!.opacity).toBeLessThan(1);
      else expect(during[1]!.opacity).toBe(1);
      await expect(beats.nth(0)).toBeHidden();
      await expect(beats.nth(1)).toHaveCSS('opacity', '1');
    });
  }

  test('→, PageDown and Space step forward, ← and PageUp step back, and it works offline', async ({
    page,
    context,
  }) => {
    await page.goto('/present/first-poison-pill/', { waitUntil: 'networkidle' });
    const late: string[] = [];
    page.on('request', (r) => late.push(r.url()));
    await context.setOffline(true);
    const caption = page.locator('.ol-present__beat:not([hidden]) .ol-present__caption');
    const beat = page.locator('[data-beat-number]');
    await expect(beat).toHaveText('1');
    const seen = [await caption.textContent()];
    for (const [key, n] of [
      ['ArrowRight', '2'],
      ['PageDown', '3'],
      [' ', '4'],
      ['ArrowLeft', '3'],
      ['PageUp', '2'],
    ] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect(beat).toHaveText(n);
      seen.push(await caption.textContent());
    }
    expect(seen[1]).toMatch(/commits offset 5/);
    expect(new Set(seen).size).toBe(4);
    await expect(page.locator('.ol-present__beat:not([hidden]) svg.ol-present__frame')).toBeVisible();
    expect(page.url()).toMatch(/#beat-2$/);
    await page.keyboard.press('End');
    await expect(beat).toHaveText(String(await page.locator('.ol-present__beat').count()));

    // Export the frame on screen, still offline.
    await page.getByRole('button', { name: 'Export frame' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Light' }).check();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    const svg = (await readFile((await d.path())!)).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|\son[a-z]+\s*=|var\(--/i);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'PNG 4×' }).click(),
    ]);
    const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    expect(pngSize(await readFile((await png.path())!)).width).toBe(width * 4);
    await page.keyboard.press('Escape');
    expect(late.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    await context.setOffline(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
