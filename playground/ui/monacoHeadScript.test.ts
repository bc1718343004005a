import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { monacoHeadScript } from './monacoHeadScript.ts';

const assets = {
  modules: ['/_astro/monaco-base.D.js', '/_astro/editor.api.A.js'],
  kit: '/_astro/kit.B.js',
  stylesheet: '/_astro/editor.main.C.css',
};

/** Runs the head script against a stand-in page whose pointer is `pointer` (and `anyFine`). */
async function run(script: string, pointer: 'fine' | 'coarse', anyFine: boolean) {
  const imported: string[] = [];
  const started: string[] = [];
  const linked: Record<string, unknown>[] = [];
  const media: Record<string, boolean> = {
    '(pointer: coarse)': pointer === 'coarse',
    '(any-pointer: fine)': anyFine,
  };
  runInNewContext(script.replace(/\bimport\(/g, '__import('), {
    matchMedia: (q: string) => ({ matches: media[q] ?? false }),
    document: {
      createElement: () => ({ dataset: {} }),
      head: { append: (el: Record<string, unknown>) => linked.push(el) },
    },
    __import: (url: string) => {
      imported.push(url);
      return Promise.resolve({ startHandlerEditorEarly: () => started.push(url) });
    },
  });
  await Promise.resolve();
  return { imported, started, linked: linked.map((l) => [l.rel, l.href, l.dataset]) };
}

describe('monacoHeadScript', () => {
  it.each([
    { device: 'a desktop (fine pointer)', pointer: 'fine', anyFine: true, loads: true },
    { device: 'a touch screen with a mouse attached', pointer: 'coarse', anyFine: true, loads: true },
    { device: 'a phone (coarse pointer only)', pointer: 'coarse', anyFine: false, loads: false },
  ] as const)(
    'on $device, loads Monaco and starts the handler editor: $loads',
    async ({ pointer, anyFine, loads }) => {
      const page = await run(monacoHeadScript(assets)!, pointer, anyFine);
      expect(page.imported).toEqual(loads ? [...assets.modules, assets.kit] : []);
      expect(page.started).toEqual(loads ? [assets.kit] : []);
      expect(page.linked).toEqual(loads ? [['stylesheet', assets.stylesheet, { monaco: '' }]] : []);
    },
  );

  it('writes nothing when the build has no Monaco files (dev server)', () => {
    expect(monacoHeadScript({ modules: [], kit: null, stylesheet: null })).toBeNull();
  });

  it('stays a few hundred bytes of inline script', () => {
    expect(monacoHeadScript(assets)!.length).toBeLessThan(500);
  });
});
