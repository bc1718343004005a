import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { monacoModulePreloads } from './monacoModulePreloads.ts';

/** A client build's assets folder holding `files` (name → age in seconds). */
function assets(files: Record<string, number>): URL {
  const dir = mkdtempSync(join(tmpdir(), 'monaco-preloads-'));
  const now = Date.now() / 1000;
  for (const [name, age] of Object.entries(files)) {
    writeFileSync(join(dir, name), '');
    utimesSync(join(dir, name), now - age, now - age);
  }
  return pathToFileURL(`${dir}/`);
}

describe('monacoModulePreloads', () => {
  it.each([
    {
      behaviour: 'finds the editor core and the kit, not the chunks whose names merely end in "kit"',
      files: {
        'editor.api.BRLeaaln.js': 0,
        'kit.C6yhUuJ0.js': 0,
        'loadEditorKit.Bw.js': 0,
        'runKit.D9.js': 0,
      },
      href: '/_astro',
      expected: ['/_astro/editor.api.BRLeaaln.js', '/_astro/kit.C6yhUuJ0.js'],
    },
    {
      behaviour: 'picks the newest build when an old one was left behind',
      files: { 'editor.api.old.js': 60, 'editor.api.new.js': 0, 'kit.old.js': 60, 'kit.new.js': 0 },
      href: '/docs/_astro/',
      expected: ['/docs/_astro/editor.api.new.js', '/docs/_astro/kit.new.js'],
    },
    {
      behaviour: 'leaves out a chunk it cannot find (and never a CSS file or a worker)',
      files: { 'editor.api.x.css': 0, 'editor.worker-x.js': 0, 'kit.y.js': 0 },
      href: '/_astro',
      expected: ['/_astro/kit.y.js'],
    },
  ])('$behaviour', ({ files, href, expected }) => {
    expect(monacoModulePreloads(assets(files), href)).toEqual(expected);
  });

  it('gives nothing without a built site (dev server)', () => {
    expect(monacoModulePreloads(pathToFileURL('/no/such/folder/'), '/_astro')).toEqual([]);
  });
});
