/** How long after the handler's editor appears the rest of the set-up waits (see below). */
export const SETTLE_MS = 1500;

/**
 * Resolves after the next paint and at least `delayMs` later, once the main thread is idle (or after
 * `timeoutMs` more at most): for work the first keystroke does not need (issue 6's 3 s budget). The
 * first moments after the handler's editor appears are when a reader clicks into it; the first
 * frames Monaco renders then are slow (its rendering code is still being compiled), so other work,
 * such as the scenario's editor or the TypeScript worker, waits until that moment has passed.
 */
export function afterPaintWhenIdle(timeoutMs: number, delayMs = 0): Promise<void> {
  return new Promise<void>((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(
        () =>
          typeof requestIdleCallback === 'function'
            ? requestIdleCallback(() => resolve(), { timeout: timeoutMs })
            : resolve(),
        delayMs,
      ),
    ),
  );
}
