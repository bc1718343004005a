import { describe, expect, it } from 'vitest';
import type { PartitionLedger } from './LedgerSnapshot.ts';
import { laneRuns } from './laneRuns.ts';

const lane = (o: Partial<PartitionLedger>): PartitionLedger => ({
  partition: 0,
  logStart: 0,
  logEnd: 10,
  committed: null,
  position: null,
  batch: null,
  filtered: [],
  discarded: [],
  lag: 0,
  poller: 0,
  deliveredRecords: 0,
  duplicates: 0,
  ...o,
});

const batch = (status: 'formed' | 'invoking' | 'failed', invoking = [{ from: 4, to: 7 }]) => ({
  batch: 1,
  poller: 0,
  closedBy: 'size' as const,
  formedAt: 0,
  spans: [{ from: 4, to: 7 }],
  attempt: 1,
  status,
  invocation: 1,
  invoking,
  bisectDepth: 0,
  halves: null,
  lastOutcome: null,
  lastMessage: null,
});

describe('laneRuns: one lane as runs of record states', () => {
  it.each([
    [
      'committed below the committed offset, pending above',
      lane({ committed: 4 }),
      'committed 0-4 pending 4-10',
    ],
    [
      'deleted records before the log start',
      lane({ logStart: 3, committed: 5 }),
      'gone 0-3 committed 3-5 pending 5-10',
    ],
    [
      'records skipped by LATEST before any commit',
      lane({ position: { offset: 6, source: 'LATEST', invalidCommitted: null } }),
      'skipped 0-6 pending 6-10',
    ],
    [
      'the batch being processed',
      lane({ committed: 4, batch: batch('invoking') }),
      'committed 0-4 invoking 4-8 pending 8-10',
    ],
    [
      'a failed batch waiting for its retry',
      lane({ committed: 4, batch: batch('failed') }),
      'committed 0-4 failed 4-8 pending 8-10',
    ],
    [
      'filtered and discarded records over the rest',
      lane({
        committed: 10,
        filtered: [{ from: 2, to: 3 }],
        discarded: [{ from: 5, to: 5, reason: 'RetryAttemptsExhausted', destination: null, t: 0 }],
      }),
      'committed 0-2 filtered 2-4 committed 4-5 discarded 5-6 committed 6-10',
    ],
    ['nothing beyond the log end', lane({ logEnd: 4, committed: 4 }), 'committed 0-4'],
  ])('%s', (_, p, expected) => {
    const text = laneRuns(p, 0, 10)
      .map((r) => `${r.state} ${r.from}-${r.to}`)
      .join(' ');
    expect(text).toBe(expected);
  });

  it('aggregates 10,000 records into at most maxRuns runs, keeping rare states visible', () => {
    const p = lane({
      logEnd: 10_000,
      committed: 6_000,
      discarded: [{ from: 4321, to: 4321, reason: 'RetryAttemptsExhausted', destination: null, t: 0 }],
    });
    const runs = laneRuns(p, 0, 10_000, 200);
    expect(runs.length).toBeLessThanOrEqual(200);
    expect(runs.map((r) => r.state)).toEqual(['committed', 'discarded', 'committed', 'pending']);
    expect(runs.at(-1)).toMatchObject({ from: 6000, to: 10_000 });
  });
});
