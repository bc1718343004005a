import { describe, expect, it } from 'vitest';
import { resolveBeats } from './resolveBeats.ts';
import { autoBeats } from './autoBeats.ts';
import type { TraceEvent } from '../engine/trace.ts';

describe('resolveBeats', () => {
  it('parses scenario-style durations and milliseconds', () => {
    expect(
      resolveBeats(
        [
          { at: 0, caption: ' Start ' },
          { at: '1500ms', caption: 'Fail' },
          { at: '2s', caption: 'Retry' },
        ],
        10_000,
        'x',
      ),
    ).toEqual([
      { t: 0, caption: 'Start' },
      { t: 1500, caption: 'Fail' },
      { t: 2000, caption: 'Retry' },
    ]);
  });

  it.each([
    [{ at: 'soon', caption: 'x' }, /beats of p: beat 1 at "soon"/],
    [{ at: '11s', caption: 'x' }, /after the run ends/],
    [{ at: '1s', caption: '  ' }, /has no caption/],
  ])('refuses %o', (beat, message) => {
    expect(() => resolveBeats([beat], 10_000, 'beats of p')).toThrow(message);
  });
});

describe('autoBeats', () => {
  const ev = (e: Partial<TraceEvent> & { type: string; t: number }) => ({ rule: 'R1', ...e }) as TraceEvent;
  const trace = [
    ev({ type: 'position.resolved', t: 0, partition: 0, offset: 0, source: 'TRIM_HORIZON' } as never),
    ev({ type: 'offsets.committed', t: 600, partition: 0, from: null, offset: 5 } as never),
    ev({ type: 'invocation.ended', t: 1100, invocation: 2, outcome: 'error' } as never),
    ev({ type: 'invocation.ended', t: 1300, invocation: 3, outcome: 'error' } as never),
    ev({ type: 'offsets.committed', t: 1800, partition: 0, from: 5, offset: 7 } as never),
  ];

  it('starts at 0, ends at the duration, and picks the first failure and the first commit after it', () => {
    const beats = autoBeats(trace, 5000, { offsetsRetentionMs: 7 * 86_400_000 });
    expect(beats.map((b) => b.t)).toEqual([0, 1100, 1800, 5000]);
    expect(beats[1]!.caption).toMatch(/^Invocation #2 fails/);
    expect(beats[2]!.caption).toMatch(/commits offset 7/);
  });
});
