import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  chromiumLaunchOptions,
  chromiumPath,
  omniboxWebUiFeatures,
  playwrightDisabledFeatures,
} from './chromium.ts';

/** The `disabledFeatures = [ ... ]` list in playwright-core's own source, wherever its bundle puts it. */
function playwrightsOwnList(): string[] {
  const lib = join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'lib');
  for (const file of readdirSync(lib, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const source = readFileSync(join(lib, file), 'utf8');
    const list = /disabledFeatures = \[([^\]]*)\]/.exec(source)?.[1];
    if (list !== undefined)
      return [...list.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  }
  return [];
}

describe('Chromium launch flags', () => {
  it('keep every feature Playwright disables (Chromium honours only the last --disable-features)', () => {
    const theirs = playwrightsOwnList();
    expect(theirs.length, 'the list was found in playwright-core').toBeGreaterThan(5);
    expect(playwrightDisabledFeatures).toEqual(expect.arrayContaining(theirs));
  });

  it('pass exactly one --disable-features switch to Playwright, with the omnibox WebUI in it', () => {
    const switches = chromiumLaunchOptions().args.filter((a) => a.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    expect(switches[0]!.split('=')[1]!.split(',')).toEqual(expect.arrayContaining(omniboxWebUiFeatures));
  });

  it.skipIf(!chromiumPath())('open a context without preloading browser UI pages', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await (await browser.newContext()).newPage();
      await page.setContent('<title>probe</title>');
      const session = await browser.newBrowserCDPSession();
      const { targetInfos } = await session.send('Target.getTargets');
      expect(targetInfos.map((t) => `${t.type} ${t.url}`)).toEqual(['page about:blank']);
    } finally {
      await browser.close();
    }
  });
});
