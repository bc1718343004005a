import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { monacoChunkGroups, monacoCodeSplittingGroups } from './monacoChunkGroups.ts';

// Monaco's exports map every subpath to esm/vs; its editor entry sits at esm/vs/editor.js.
const vs = dirname(createRequire(import.meta.url).resolve('monaco-editor/editor'));

/** The group Rolldown puts a module in: the highest-priority group whose test matches. */
function groupOf(path: string): string | null {
  const match = monacoCodeSplittingGroups()
    .filter((g) => g.test.test(path))
    .sort((a, b) => b.priority - a.priority)[0];
  return match?.name ?? null;
}

function* jsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

describe('monacoCodeSplittingGroups', () => {
  it.each([
    { module: 'base/common/strings.js', group: 'monaco-base' },
    { module: 'platform/instantiation/common/instantiation.js', group: 'monaco-platform' },
    { module: 'editor/common/model/textModel.js', group: 'monaco-common' },
    { module: 'editor/browser/widget/codeEditor/codeEditorWidget.js', group: 'monaco-browser' },
    // the rest (standalone API, features, languages) stays in Rolldown's own chunks
    { module: 'editor/standalone/browser/standaloneEditor.js', group: null },
    { module: 'editor/contrib/find/browser/findController.js', group: null },
    { module: 'languages/features/typescript/tsMode.js', group: null },
  ])('puts $module in $group', ({ module, group }) => {
    expect(groupOf(join(vs, module))).toBe(group);
    expect(groupOf(join(vs, module).replaceAll('/', '\\'))).toBe(group);
  });

  it('never captures modules outside monaco-editor', () => {
    expect(groupOf('/work/src/base/common/strings.js')).toBeNull();
  });

  // The chunks import each other without cycles only while Monaco keeps its layering: a module may
  // import its own layer or a lower one. A Monaco upgrade that breaks this must fail here, not in
  // the browser (a cycle between chunks can evaluate a class before its base class).
  it('Monaco only imports downwards across the layers the chunks follow', () => {
    const rank = new Map<string, number>(monacoChunkGroups.map((g, i) => [g.name, i]));
    const upward: string[] = [];
    let imports = 0;
    for (const { layer, name } of monacoChunkGroups) {
      for (const file of jsFiles(join(vs, layer))) {
        const source = readFileSync(file, 'utf8');
        for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?['"](\.[^'"]+)['"]/g)) {
          imports++;
          const target = groupOf(resolve(dirname(file), spec!));
          if (target && rank.get(target)! > rank.get(name)!) upward.push(`${relative(vs, file)} -> ${spec}`);
        }
      }
    }
    expect(imports).toBeGreaterThan(3000); // the scan read the imports
    expect(upward).toEqual([]);
  });
});
