/**
 * Resolves after the next paint, once the main thread is idle (or after `timeoutMs` at most): for
 * work the first keystroke does not need (issue 6's 3 s editor budget).
 */
export function afterPaintWhenIdle(timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() =>
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(() => resolve(), { timeout: timeoutMs })
          : resolve(),
      ),
    ),
  );
}
