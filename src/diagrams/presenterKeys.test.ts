import { describe, expect, it } from 'vitest';
import { beatAfter, beatFromHash, presenterCommand } from './presenterKeys.ts';

describe('presenter keys', () => {
  it.each([
    ['ArrowRight', { go: 1 }],
    ['PageDown', { go: 1 }],
    [' ', { go: 1 }],
    ['ArrowLeft', { go: -1 }],
    ['PageUp', { go: -1 }],
    ['Home', { to: 'first' }],
    ['End', { to: 'last' }],
    ['f', 'fullscreen'],
    ['T', 'theme'],
    ['x', undefined],
  ])('%j → %j', (key, command) => expect(presenterCommand(key)).toEqual(command));

  it.each([
    [{ go: 1 }, 0, 1],
    [{ go: 1 }, 4, 4],
    [{ go: -1 }, 0, 0],
    [{ go: -1 }, 3, 2],
    [{ to: 'first' }, 3, 0],
    [{ to: 'last' }, 0, 4],
  ] as const)('%j from beat %i of 5 → %i', (command, from, to) =>
    expect(beatAfter(command, from, 5)).toBe(to),
  );

  it.each([
    ['#beat-3', 2],
    ['#beat-99', 4],
    ['#beat-0', 0],
    ['', 0],
    ['#other', 0],
  ])('hash %j opens beat %i', (hash, beat) => expect(beatFromHash(hash, 5)).toBe(beat));
});
