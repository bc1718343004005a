import { afterPaintWhenIdle, SETTLE_MS } from './afterPaintWhenIdle.ts';

let open: () => void = () => {};

/**
 * Monaco's workers (the 6.9 MB TypeScript worker above all) wait behind this gate, so their start-up
 * does not compete with the first editor's paint and first keystroke on a 2-core machine (issue 6's
 * 3 s budget). IntelliSense, diagnostics and the compiler follow moments later.
 */
export const languageWorkerGate = new Promise<void>((resolve) => (open = resolve));

/** Lets the workers start: once an editor is typeable, or at once when a Run needs the compiler. */
export function openLanguageWorkerGate(): void {
  open();
}

/** Opens the gate once the page has painted the editor and the main thread has a quiet moment. */
export function openLanguageWorkerGateWhenIdle(): void {
  void afterPaintWhenIdle(1500, SETTLE_MS).then(openLanguageWorkerGate);
}
