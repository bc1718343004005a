import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { sidebar } from '../../src/sidebar.mjs';
import { axeViolations } from './axeViolations.ts';

// The articles (issue 5): every page the articles own is visited, every embedded simulation on it is
// driven (reset, step, play), the tutorial's goals are detected when met and only then, and each page
// is axe-clean after its simulations have run.

type SidebarItem = string | { label: string; items?: SidebarItem[]; link?: string };
const notOurs = new Set(['reference/simulation-anatomy', 'reference/statecharts']);
const pages = (sidebar as SidebarItem[])
  .flatMap((group) => (typeof group === 'string' ? [group] : (group.items ?? [])))
  .filter((item): item is string => typeof item === 'string' && !notOurs.has(item))
  .map((slug) => `/${slug}/`);

test('the sidebar lists every article page', () => {
  expect(pages.length).toBeGreaterThanOrEqual(20);
});

for (const path of pages) {
  test(`${path}: reads, drives its simulations, and is axe-clean`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
    if (path.startsWith('/explanation/')) {
      await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
      await expect(page.locator('.ol-sources a[href^="https://"]').first()).toBeVisible();
      expect(await page.locator('figure.ol-diagram').count(), 'diagrams').toBeGreaterThanOrEqual(1);
      expect(await page.locator('.ol-sim').count(), 'simulations').toBeGreaterThanOrEqual(1);
      await expect(page.locator('.ol-try a[href^="/playground/?scenario="]')).toHaveCount(1);
    }
    for (const sim of await page.locator('.ol-sim').all()) await driveSimulation(sim);
    // The article after its simulations ran (axe.spec.ts sweeps every whole page in both themes).
    expect(await axeViolations(page, { include: ['main'], exclude: ['figure.ol-diagram'] })).toEqual([]);
  });
}

/** Reset, one step, then play until the cursor moves on, and pause. */
async function driveSimulation(sim: Locator): Promise<void> {
  await sim.scrollIntoViewIfNeeded();
  // client:visible: this simulation's island hydrates once it is on screen.
  await expect(sim.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', {
    timeout: 15_000,
  });
  await sim.getByRole('button', { name: /^Reset/ }).click();
  await expect(sim).toHaveAttribute('data-index', '0');
  await sim.getByRole('button', { name: /^Step to the next event/ }).click();
  await expect(sim).toHaveAttribute('data-index', '1');
  await sim.getByTestId('play').click();
  await expect.poll(async () => Number(await sim.getAttribute('data-index'))).toBeGreaterThan(1);
  if ((await sim.getAttribute('data-playing')) === 'true') await sim.getByTestId('play').click();
}

test.describe('tutorial: your first poison pill', () => {
  const goal = (page: Page, id: string) => page.locator(`[data-goal="${id}"]`);

  async function openTutorial(page: Page): Promise<Locator> {
    await page.goto('/tutorials/first-poison-pill/');
    const sim = page.locator('ol-tutorial-goals .ol-sim');
    await sim.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
    return sim;
  }

  async function setKnob(sim: Locator, label: string, value: string): Promise<void> {
    const control = sim.getByLabel(label, { exact: true });
    if ((await control.evaluate((el) => el.tagName)) === 'SELECT')
      await control.selectOption({ label: value });
    else if (value === 'on') await control.check();
    else {
      await control.fill(value);
      await control.press('Tab');
    }
  }

  test('goal 1 is met only once offset 5 has failed twice with the commit at 5', async ({ page }) => {
    const sim = await openTutorial(page);
    await expect(goal(page, 'stall')).toHaveAttribute('data-met', 'false');
    await expect(goal(page, 'unblock')).toHaveAttribute('data-met', 'false');
    const next = sim.getByRole('button', { name: /^Step to the next event/ });
    for (let step = 0; step < 400; step++) {
      if ((await goal(page, 'stall').getAttribute('data-met')) === 'true') break;
      // Not met yet: the second failure of the batch holding offset 5 ends at 1.3 s (first at 1.1 s).
      expect(Number(await sim.getAttribute('data-t'))).toBeLessThan(1_300);
      await next.click();
      // The goals follow the frame a moment after it renders: wait until they reflect this one.
      const index = await sim.getAttribute('data-index');
      await expect(page.locator('ol-tutorial-goals')).toHaveAttribute('data-checked-index', index ?? '');
    }
    await expect(goal(page, 'stall')).toHaveAttribute('data-met', 'true');
    expect(Number(await sim.getAttribute('data-t'))).toBeGreaterThanOrEqual(1_300);
    await expect(page.getByTestId('goal-announcer')).toContainText('Goal done');
    await expect(goal(page, 'unblock')).toHaveAttribute('data-met', 'false');
  });

  test('goal 2 rejects a retry limit that drops records, and accepts a destination', async ({ page }) => {
    const sim = await openTutorial(page);
    await sim.getByRole('button', { name: /^Jump to the end/ }).click();
    await expect(goal(page, 'stall')).toHaveAttribute('data-met', 'true');

    await setKnob(sim, 'MaximumRetryAttempts', '2');
    await sim.getByRole('button', { name: /^Jump to the end/ }).click();
    await expect(page.getByTestId('goal-unblock-detail')).toContainText('lost (offsets 5–9)');
    await expect(goal(page, 'unblock')).toHaveAttribute('data-met', 'false');

    await setKnob(sim, 'On-failure destination', 'SQS queue');
    await sim.getByRole('button', { name: /^Jump to the end/ }).click();
    await expect(goal(page, 'unblock')).toHaveAttribute('data-met', 'true');
    await expect(page.getByTestId('goal-unblock-detail')).toContainText('nothing lost');
  });

  test('goal 2 is not granted before goal 1, even with a fixed configuration', async ({ page }) => {
    const sim = await openTutorial(page);
    await setKnob(sim, 'MaximumRetryAttempts', '2');
    await setKnob(sim, 'On-failure destination', 'SQS queue');
    await sim.getByRole('button', { name: /^Jump to the end/ }).click();
    await expect(goal(page, 'stall')).toHaveAttribute('data-met', 'false');
    await expect(goal(page, 'unblock')).toHaveAttribute('data-met', 'false');
    await expect(page.getByTestId('goal-unblock-detail')).toContainText('First make the partition stall');
  });
});
