import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../engine/trace.ts';
import { describeEvent } from './describeEvent.ts';
import { ruleSource } from './ruleSources.ts';
import { formatTime } from './formatTime.ts';

const ctx = { offsetsRetentionMs: 7 * 86_400_000 };
const r = (partition: number, from: number, to: number) => ({ partition, from, to });

describe('describeEvent: one plain sentence per trace event', () => {
  it.each<[TraceEvent, string]>([
    [
      { type: 'records.produced', t: 0, rule: 'spec', partition: 0, from: 0, to: 9, every: 100, size: 1024 },
      'Producers append 10 records to partition 0 (offsets 0–9), one every 100 ms.',
    ],
    [
      {
        type: 'batch.formed',
        t: 0,
        rule: 'R8',
        batch: 3,
        poller: 0,
        ranges: [r(0, 0, 9)],
        closedBy: 'size',
        bytes: 1,
        records: 10,
      },
      'Batch #3 closes with 10 records (partition 0 offsets 0–9) because it reached BatchSize.',
    ],
    [
      { type: 'offsets.committed', t: 0, rule: 'R12', partition: 0, from: 30, offset: 40 },
      'The group commits offset 40 for partition 0: the next record it will read (was 30).',
    ],
    [
      {
        type: 'records.discarded',
        t: 0,
        rule: 'R14',
        ranges: [r(0, 5, 5)],
        reason: 'RetryAttemptsExhausted',
        destination: null,
      },
      'Partition 0 offset 5 is discarded (RetryAttemptsExhausted) and dropped: there is no on-failure destination.',
    ],
    [
      {
        type: 'position.resolved',
        t: 0,
        rule: 'R6',
        partition: 1,
        offset: 12,
        source: 'LATEST',
        invalidCommitted: 4,
      },
      'Partition 1 starts reading at offset 12: the log end (StartingPosition LATEST): records already in the log are not read. The committed offset 4 was no longer valid.',
    ],
    [
      {
        type: 'invocation.ended',
        t: 0,
        rule: 'R17',
        invocation: 2,
        outcome: 'partial',
        failures: [{ partition: 0, offset: 5 }],
      },
      'Invocation #2 returns batchItemFailures: partition 0 offset 5.',
    ],
    [
      { type: 'offsets.expired', t: 0, rule: 'R7', group: 'billing', partitions: [0, 1] },
      'The consumer group billing stayed empty longer than offsets retention (7 days): Kafka deletes its committed offsets for partitions 0, 1.',
    ],
    [
      { type: 'records.filtered', t: 0, rule: 'R10', ranges: [r(0, 5, 9)] },
      'Partition 0 offsets 5–9 match no filter: never sent to the function, committed with the next successful invocation.',
    ],
  ])('%o', (event, sentence) => {
    expect(describeEvent(event, ctx)).toBe(sentence);
  });
});

describe('ruleSource: every rule links to its AWS page', () => {
  it.each([
    ['R12', 'https://docs.aws.amazon.com/lambda/latest/dg/with-msk-configure.html', false],
    ['R16', 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html', false],
    ['Q1', 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html', true],
  ] as const)('%s', (id, url, modelled) => {
    expect(ruleSource(id)).toMatchObject({ url, modelled });
  });

  it('has a source for R1–R24 and Q1–Q18, and none for the scenario spec', () => {
    for (let i = 1; i <= 24; i++) expect(ruleSource(`R${i}`)).not.toBeNull();
    for (let i = 1; i <= 18; i++) expect(ruleSource(`Q${i}`)).not.toBeNull();
    expect(ruleSource('spec')).toBeNull();
  });
});

describe('formatTime', () => {
  it.each([
    [0, '0s'],
    [1500, '1.5s'],
    [125_000, '2m 05s'],
    [125_250, '2m 05.250s'],
    [3_725_000, '1h 02m 05s'],
    [8 * 86_400_000 + 3_600_000, '8d 01h 00m'],
  ])('%i ms is %s', (ms, text) => expect(formatTime(ms)).toBe(text));
});
