import type * as EditorKit from '../editor/kit.ts';

let kit: Promise<typeof EditorKit> | null = null;

/**
 * Loads Monaco (and its TypeScript worker) once, on demand: on the first sign the reader wants the
 * editor, or on the first Run (compiling needs the TypeScript worker even with the plain editor).
 * Never at page load, so Monaco's megabytes and CSS stay off the first paint (issue 6 budgets).
 */
export function loadEditorKit(): Promise<typeof EditorKit> {
  kit ??= import('../editor/kit.ts');
  return kit;
}

/** Touch-first devices (coarse pointer, no fine one) keep the plain editor; Monaco is not built for them. */
export function prefersPlainEditor(): boolean {
  if (typeof matchMedia !== 'function') return true;
  return matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
}
