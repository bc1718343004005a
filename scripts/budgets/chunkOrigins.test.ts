import { describe, expect, it } from 'vitest';
import { packageOf } from './chunkOrigins.ts';

describe('packageOf', () => {
  it.each([
    ['/w/node_modules/monaco-editor/esm/vs/editor.js', 'monaco-editor'],
    [
      '/w/node_modules/@astrojs/starlight/components/Search.astro?astro&type=script&index=0&lang.ts',
      '@astrojs/starlight',
    ],
    ['/w/node_modules/a/node_modules/@scope/b/x.js', '@scope/b'],
    ['/w/src/engine/index.ts', 'project'],
    ['\0vite/preload-helper.js', 'virtual'],
    ['astro:scripts/page.js', 'virtual'],
    ['C:\\w\\node_modules\\mermaid\\dist\\m.js', 'mermaid'],
  ])('%s comes from %s', (id, pkg) => {
    expect(packageOf(id)).toBe(pkg);
  });
});
