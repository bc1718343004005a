import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { monacoBuildAssets } from './monacoBuildAssets.ts';

/** A client build's assets folder holding `files` (name → age in seconds). */
function assets(files: Record<string, number>): URL {
  const dir = mkdtempSync(join(tmpdir(), 'monaco-assets-'));
  const now = Date.now() / 1000;
  for (const [name, age] of Object.entries(files)) {
    writeFileSync(join(dir, name), '');
    utimesSync(join(dir, name), now - age, now - age);
  }
  return pathToFileURL(`${dir}/`);
}

describe('monacoBuildAssets', () => {
  it.each([
    {
      behaviour: 'finds the core layers and the editor API in dependency order, and the kit',
      files: {
        'monaco-browser.DdQrag83.js': 0,
        'monaco-base.BYbXjIoR.js': 0,
        'monaco-common.CkDAbFsM.js': 0,
        'monaco-platform.uJZ_mhuV.js': 0,
        'editor.api.RzKCsQFW.js': 0,
        'kit.CnhugIv9.js': 0,
      },
      href: '/_astro',
      expected: {
        modules: [
          '/_astro/monaco-base.BYbXjIoR.js',
          '/_astro/monaco-platform.uJZ_mhuV.js',
          '/_astro/monaco-common.CkDAbFsM.js',
          '/_astro/monaco-browser.DdQrag83.js',
          '/_astro/editor.api.RzKCsQFW.js',
        ],
        kit: '/_astro/kit.CnhugIv9.js',
        stylesheet: null,
      },
    },
    {
      behaviour: 'finds the editor core, the kit and the stylesheet, not chunks whose names end in "kit"',
      files: {
        'editor.api.BRLeaaln.js': 0,
        'kit.C6yhUuJ0.js': 0,
        'loadEditorKit.Bw.js': 0,
        'runKit.D9.js': 0,
        'editor.main.BhW05s-H.css': 0,
        'editor.g1MJRkXV.css': 0,
      },
      href: '/_astro',
      expected: {
        modules: ['/_astro/editor.api.BRLeaaln.js'],
        kit: '/_astro/kit.C6yhUuJ0.js',
        stylesheet: '/_astro/editor.main.BhW05s-H.css',
      },
    },
    {
      behaviour: 'picks the newest build when an old one was left behind',
      files: { 'editor.api.old.js': 60, 'editor.api.new.js': 0, 'kit.old.js': 60, 'kit.new.js': 0 },
      href: '/docs/_astro/',
      expected: {
        modules: ['/docs/_astro/editor.api.new.js'],
        kit: '/docs/_astro/kit.new.js',
        stylesheet: null,
      },
    },
    {
      behaviour: 'leaves out what it cannot find (and never a worker)',
      files: { 'editor.api.x.css': 0, 'editor.worker-x.js': 0, 'kit.y.js': 0 },
      href: '/_astro',
      expected: { modules: [], kit: '/_astro/kit.y.js', stylesheet: null },
    },
  ])('$behaviour', ({ files, href, expected }) => {
    expect(monacoBuildAssets(assets(files), href)).toEqual(expected);
  });

  it('finds nothing without a built site (dev server)', () => {
    expect(monacoBuildAssets(pathToFileURL('/no/such/folder/'), '/_astro')).toEqual({
      modules: [],
      kit: null,
      stylesheet: null,
    });
  });
});
