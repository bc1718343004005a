/** What a key does in presenter mode (clickers send PageDown/PageUp or the arrows). */
export type PresenterCommand = { go: number } | { to: 'first' | 'last' } | 'fullscreen' | 'theme';

export function presenterCommand(key: string): PresenterCommand | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { go: 1 };
    case 'ArrowLeft':
    case 'PageUp':
      return { go: -1 };
    case 'Home':
      return { to: 'first' };
    case 'End':
      return { to: 'last' };
    case 'f':
    case 'F':
      return 'fullscreen';
    case 't':
    case 'T':
      return 'theme';
    default:
      return undefined;
  }
}

/** The beat a command leads to, clamped to the deck. */
export function beatAfter(
  command: { go: number } | { to: 'first' | 'last' },
  current: number,
  count: number,
): number {
  const wanted = 'go' in command ? current + command.go : command.to === 'first' ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, wanted));
}

/** `#beat-3` → 2 (zero-based); anything else → 0. */
export function beatFromHash(hash: string, count: number): number {
  const n = Number(/^#beat-(\d+)$/.exec(hash)?.[1] ?? 1) - 1;
  return Math.max(0, Math.min(count - 1, n));
}
