import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// axe-core run straight in the page. @axe-core/playwright's AxeBuilder evaluates the 600 KB axe source
// two or three times per analysis and opens a blank page to merge frame results; that was ~90 % of
// the axe sweep's time (a 92-element page: 3.6 s through AxeBuilder, 0.4 s for axe.run itself). Our
// pages hold no content frames (the playground's only iframe is its opaque-origin sandbox, which axe
// could not enter anyway), so one injection per page and `axe.run` on the top document see the same.
//
// axe-core comes with @axe-core/playwright: resolve it from there, so the version is the one it pins.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeScope {
  /** CSS selectors to check (default: the whole document) */
  include?: string[];
  exclude?: string[];
  /** only these rules (default: every rule axe enables by default) */
  rules?: string[];
}

/** "impact rule-id: targets" for every violation, so a failing expectation reads as a list. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  // Expressive Code makes a code block that scrolls sideways focusable from a ResizeObserver, 250 ms
  // and an idle callback after load. Probe the page as a reader meets it, once that has happened; if it
  // never does, axe reports the block (scrollable-region-focusable).
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      null,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Off-screen diagrams use `content-visibility: auto`: unrendered, their text has no colours for
  // axe to compare (it would file them as "incomplete", silently). Render everything for the probe.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  return page.evaluate(async ({ include, exclude, rules }) => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const context = {
      include: include?.length ? include.map((s) => [s]) : [[':root']],
      exclude: (exclude ?? []).map((s) => [s]),
    };
    const options: Record<string, unknown> = { resultTypes: ['violations'], iframes: false };
    if (rules) options.runOnly = { type: 'rule', values: rules };
    const { violations } = await axe.run(context, options);
    return violations.map(
      (v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }, scope);
}

interface AxeApi {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown }[] }[] }>;
}
