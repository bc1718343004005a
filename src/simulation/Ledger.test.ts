import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../engine/trace.ts';
import { createLedger } from './Ledger.ts';
import { ev, runFixture } from './testing/runFixture.ts';

// A poison pill at offset 5 (R13) retried twice, then discarded (R14) and committed past.
const poison: TraceEvent[] = [
  ev.produced(0, 0, 0, 9),
  { type: 'mapping.state', t: 0, rule: 'R22', from: null, to: 'Enabled', reason: 'created' },
  { type: 'pollers.assigned', t: 0, rule: 'R19', pollers: [[0]], rebalance: false },
  { type: 'position.resolved', t: 0, rule: 'R6', partition: 0, offset: 0, source: 'TRIM_HORIZON' },
  ev.formed(0, 1, [[0, 0, 9]]),
  ev.started(0, 1, 1, [[0, 0, 9]]),
  ev.ended(20, 1, 'error', 'boom'),
  {
    type: 'retry.scheduled',
    t: 20,
    rule: 'R13',
    batch: 1,
    attempt: 2,
    ranges: [{ partition: 0, from: 0, to: 9 }],
  },
  ev.started(20, 2, 1, [[0, 0, 9]], 2),
  ev.ended(40, 2, 'error', 'boom'),
  {
    type: 'records.discarded',
    t: 40,
    rule: 'R14',
    ranges: [{ partition: 0, from: 0, to: 9 }],
    reason: 'RetryAttemptsExhausted',
    destination: 'arn:aws:sqs:us-east-1:123456789012:dlq',
  },
  ev.committed(40, 0, null, 10),
];

describe('Ledger: folding the trace into the offset ledger', () => {
  const ledger = createLedger(
    runFixture(poison, { mapping: { onFailureDestination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } }),
    4,
  );

  it.each([
    // [events applied, committed, batch status, attempt]
    [5, null, 'formed', 1],
    [6, null, 'invoking', 1],
    [7, null, 'failed', 1],
    [8, null, 'retry-scheduled', 2],
    [9, null, 'invoking', 2],
    [12, 10, null, null],
  ] as const)('after %i events: committed %s, batch %s, attempt %s', (index, committed, status, attempt) => {
    const p = ledger.at(index, poison[index - 1]!.t).partitions[0]!;
    expect(p.committed).toBe(committed);
    expect(p.batch?.status ?? null).toBe(status);
    expect(p.batch?.attempt ?? null).toBe(attempt);
  });

  it('names what closed the in-flight batch (R8)', () => {
    expect(ledger.at(6, 0).partitions[0]!.batch).toMatchObject({
      batch: 1,
      closedBy: 'size',
      spans: [{ from: 0, to: 9 }],
    });
  });

  it('counts a retried delivery as duplicates (R18)', () => {
    const s = ledger.at(9, 20);
    expect(s.totals).toMatchObject({
      invocations: 2,
      deliveredRecords: 20,
      duplicates: 10,
      errors: 1,
      retries: 1,
    });
  });

  it('keeps discarded records with their destination (R14)', () => {
    const p = ledger.at(12, 40).partitions[0]!;
    expect(p.discarded).toEqual([
      {
        from: 0,
        to: 9,
        reason: 'RetryAttemptsExhausted',
        destination: 'arn:aws:sqs:us-east-1:123456789012:dlq',
        t: 40,
      },
    ]);
    expect(ledger.at(10, 40).partitions[0]!.discarded).toEqual([]);
  });

  it('gives the same snapshot from any checkpoint as from a fold from the start', () => {
    const fromStart = createLedger(runFixture(poison), 1_000_000);
    const checkpointed = createLedger(runFixture(poison), 2);
    for (let i = 0; i <= poison.length; i++) {
      const t = poison[i - 1]?.t ?? 0;
      expect(checkpointed.at(i, t)).toEqual(fromStart.at(i, t));
    }
  });

  it('seeks backwards after seeking forwards without residue', () => {
    const end = ledger.at(poison.length, 40);
    ledger.at(3, 0);
    expect(ledger.at(poison.length, 40)).toEqual(end);
  });
});

describe('Ledger: time-dependent parts', () => {
  it('lets records arrive one every `every` ms between events', () => {
    const ledger = createLedger(runFixture([ev.produced(1000, 0, 0, 9, 100)]));
    expect.soft(ledger.at(1, 1000).partitions[0]!.logEnd).toBe(1);
    expect.soft(ledger.at(1, 1450).partitions[0]!.logEnd).toBe(5);
    expect.soft(ledger.at(1, 9000).partitions[0]!.logEnd).toBe(10);
  });

  it('measures lag from the committed offset (R24)', () => {
    const ledger = createLedger(runFixture([ev.produced(0, 0, 0, 9), ev.committed(10, 0, null, 4)]));
    expect(ledger.at(2, 10).partitions[0]!.lag).toBe(6);
  });

  it('counts the offsets-expiry clock of an empty group (R7)', () => {
    const day = 86_400_000;
    const run = runFixture(
      [
        { type: 'group.membership', t: 3600_000, rule: 'R7', group: 'billing', empty: true },
        { type: 'offsets.expired', t: 3600_000 + 7 * day, rule: 'R7', group: 'billing', partitions: [0] },
      ],
      {
        consumerGroup: { id: 'billing', offsets: { 0: 4 } },
        mapping: { consumerGroupId: 'billing' },
        durationMs: 9 * day,
      },
    );
    const ledger = createLedger(run);
    expect(ledger.at(0, 0).partitions[0]!.committed).toBe(4);
    expect(ledger.at(1, 3600_000).group).toMatchObject({ empty: true, expiresAt: 3600_000 + 7 * day });
    const after = ledger.at(2, 8 * day);
    expect(after.group).toMatchObject({ expiresAt: null, expiredAt: 3600_000 + 7 * day });
    expect(after.partitions[0]!.committed).toBeNull();
  });

  it('indexes a seek time to every event at or before it', () => {
    const ledger = createLedger(runFixture(poison));
    expect([ledger.indexAt(-1), ledger.indexAt(0), ledger.indexAt(20), ledger.indexAt(1e9)]).toEqual([
      0, 6, 9, 12,
    ]);
  });
});

describe('Ledger: bisect and filter', () => {
  const trace: TraceEvent[] = [
    ev.produced(0, 0, 0, 7),
    { type: 'records.filtered', t: 0, rule: 'R10', ranges: [{ partition: 0, from: 2, to: 3 }] },
    ev.formed(0, 1, [[0, 0, 7]]),
    ev.started(0, 1, 1, [[0, 0, 7]]),
    ev.ended(20, 1, 'error'),
    {
      type: 'batch.bisected',
      t: 20,
      rule: 'R16',
      batch: 1,
      halves: [[{ partition: 0, from: 0, to: 3 }], [{ partition: 0, from: 4, to: 7 }]],
    },
    ev.started(20, 2, 1, [[0, 0, 3]], 1, 1),
  ];
  const s = createLedger(runFixture(trace)).at(trace.length, 20);
  const p = s.partitions[0]!;

  it('shows both halves and which one is running (R16)', () => {
    expect(p.batch?.halves).toEqual([[{ from: 0, to: 3 }], [{ from: 4, to: 7 }]]);
    expect(p.batch).toMatchObject({ invoking: [{ from: 0, to: 3 }], bisectDepth: 1, status: 'invoking' });
    expect(s.totals.bisects).toBe(1);
  });

  it('keeps filtered records (R10)', () => {
    expect(p.filtered).toEqual([{ from: 2, to: 3 }]);
    expect(s.totals.filteredRecords).toBe(2);
  });
});
