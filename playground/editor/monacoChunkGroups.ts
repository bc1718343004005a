/**
 * Monaco's editor core split along its own layers (base < platform < editor/common < editor/browser;
 * VS Code's layering rules forbid imports the other way), so the chunks import each other without
 * cycles. Four chunks of 0.5–0.8 MB instead of one of 2.7 MB let Chromium parse them on several
 * background threads at once: on this two-core machine the editor appears ~0.5 s sooner (issue 6's 3 s
 * budget). What is left of the editor API and the playground's features stays in `editor.api` and `kit`.
 */
export const monacoChunkGroups = [
  { name: 'monaco-base', layer: 'base' },
  { name: 'monaco-platform', layer: 'platform' },
  { name: 'monaco-common', layer: 'editor/common' },
  { name: 'monaco-browser', layer: 'editor/browser' },
] as const;

/**
 * Rolldown `output.codeSplitting.groups`: lower layers first, so each module lands in its own layer.
 * Vite's preload helper gets a chunk of its own: left alone, Rolldown folds it into a Monaco layer
 * (Monaco's modules use it too), and every page that lazy-loads anything would download that layer.
 */
export function monacoCodeSplittingGroups(): { name: string; test: RegExp; priority: number }[] {
  const layers = monacoChunkGroups.map(({ name, layer }, i) => ({
    name,
    test: new RegExp(`monaco-editor[\\\\/]esm[\\\\/]vs[\\\\/]${layer.replace('/', '[\\\\/]')}[\\\\/]`),
    priority: monacoChunkGroups.length - i,
  }));
  return [
    { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: layers.length + 1 },
    ...layers,
  ];
}
