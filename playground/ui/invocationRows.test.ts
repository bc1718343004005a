import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/engine/index.ts';
import { formatRanges, invocationRows } from './invocationRows.ts';

const started = (invocation: number, attempt: number): TraceEvent => ({
  type: 'invocation.started',
  t: 100 * invocation,
  rule: 'R12',
  invocation,
  batch: 1,
  attempt,
  ranges: [{ partition: 0, from: 0, to: 4 }],
  bisectDepth: 0,
});

describe('invocationRows', () => {
  it('joins the trace with the sandbox log: outcome from the engine, logs and line from the sandbox', () => {
    const trace: TraceEvent[] = [
      started(1, 1),
      {
        type: 'invocation.ended',
        t: 120,
        rule: 'R13',
        invocation: 1,
        outcome: 'error',
        message: 'Error: boom',
      },
      started(2, 2),
      {
        type: 'invocation.ended',
        t: 3200,
        rule: 'R13',
        invocation: 2,
        outcome: 'timeout',
        message: 'Task timed out after 3.00 seconds',
      },
    ];
    const rows = invocationRows(trace, [
      { invocation: 1, attempt: 1, outcome: 'threw', logs: ['x'], error: 'Error: boom', line: 7 },
      {
        invocation: 2,
        attempt: 2,
        outcome: 'killed',
        logs: [],
        error: 'Killed: Killed after 1000 ms of real time',
        line: null,
      },
    ]);
    expect(rows).toMatchObject([
      { invocation: 1, outcome: 'error', message: 'Error: boom', logs: ['x'], line: 7, killed: false },
      {
        invocation: 2,
        attempt: 2,
        outcome: 'timeout',
        killed: true,
        message: 'Task timed out after 3.00 seconds. Killed: Killed after 1000 ms of real time',
      },
    ]);
  });

  it('formats ranges per partition, single offsets without a dash', () => {
    expect(
      formatRanges([
        { partition: 0, from: 5, to: 9 },
        { partition: 1, from: 3, to: 3 },
      ]),
    ).toBe('p0: 5–9, p1: 3');
  });
});
