import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/engine/trace.ts';
import { runFixture } from '../../src/simulation/testing/runFixture.ts';
import { scorecard } from './scorecard.ts';

const produced: TraceEvent = {
  type: 'records.produced',
  t: 0,
  rule: 'spec',
  partition: 0,
  from: 0,
  to: 9,
  every: 0,
  size: 1024,
};
const range = (from: number, to: number) => [{ partition: 0, from, to }];
const invocation = (
  n: number,
  t: number,
  from: number,
  to: number,
  outcome: 'success' | 'error',
): TraceEvent[] => [
  {
    type: 'invocation.started',
    t,
    rule: 'R12',
    invocation: n,
    batch: n,
    attempt: 1,
    ranges: range(from, to),
    bisectDepth: 0,
  },
  { type: 'invocation.ended', t: t + 20, rule: 'R12', invocation: n, outcome },
];
const commit = (t: number, from: number | null, offset: number): TraceEvent => ({
  type: 'offsets.committed',
  t,
  rule: 'R12',
  partition: 0,
  from,
  offset,
});
const ended = (t: number): TraceEvent => ({ type: 'run.ended', t, rule: 'spec' });

describe('scorecard', () => {
  it('counts a clean drain: one invocation, no duplicates, drained at the commit', () => {
    const run = runFixture([
      produced,
      ...invocation(1, 500, 0, 9, 'success'),
      commit(520, null, 10),
      ended(60_000),
    ]);
    expect(scorecard(run)).toEqual({
      invocations: 1,
      duplicates: 0,
      maxLag: 10,
      drainedAt: 520,
      discarded: 0,
      blockedMs: 0,
    });
  });

  it('counts a retried batch as duplicates and time blocked until the commit moves', () => {
    const run = runFixture([
      produced,
      ...invocation(1, 500, 0, 9, 'error'),
      ...invocation(2, 1000, 0, 9, 'success'),
      commit(1020, null, 10),
      ended(60_000),
    ]);
    expect(scorecard(run)).toMatchObject({ invocations: 2, duplicates: 10, drainedAt: 1020, blockedMs: 500 });
  });

  it('reports a partition stuck to the end as never drained and blocked until the end', () => {
    const run = runFixture([
      produced,
      ...invocation(1, 500, 0, 4, 'success'),
      commit(520, null, 5),
      ...invocation(2, 1000, 5, 9, 'error'),
      ...invocation(3, 2000, 5, 9, 'error'),
      ended(10_000),
    ]);
    expect(scorecard(run)).toMatchObject({ drainedAt: null, maxLag: 10, blockedMs: 10_000 - 1020 });
  });
});
