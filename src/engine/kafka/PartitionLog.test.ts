import { describe, expect, it } from 'vitest';
import type { ProduceStep } from '../scenario/Scenario.ts';
import { mergeProduceSteps } from './mergeProduceSteps.ts';
import { PartitionLog } from './PartitionLog.ts';

const step = (count: number, atMs: number, everyMs = 0, sizeBytes = 1024): ProduceStep => ({
  partition: 0,
  count,
  atMs,
  everyMs,
  sizeBytes,
  value: null,
  key: null,
});
const logOf = (steps: ProduceStep[], retentionMs: number | null = null) =>
  new PartitionLog(
    0,
    mergeProduceSteps(
      steps,
      steps.map((_, i) => i),
    ),
    retentionMs,
  );
const times = (log: PartitionLog) => Array.from({ length: log.total }, (_, o) => log.timeOf(o));

describe('mergeProduceSteps (spec §2: offsets grow by one per record, in time order)', () => {
  it('keeps one segment per step when steps do not overlap', () => {
    expect(mergeProduceSteps([step(1_000_000, 0, 1), step(5, 2_000_000)], [0, 1])).toHaveLength(2);
  });
  it('interleaves overlapping steps by time, ties in file order', () => {
    const log = logOf([step(3, 0, 10), step(3, 5, 10), step(2, 10)]);
    expect(times(log)).toEqual([0, 5, 10, 10, 10, 15, 20, 25]);
    expect(log.segments.map((s) => s.step)).toEqual([0, 1, 0, 2, 1, 0, 1]);
  });
  it('puts a later step first when it starts earlier', () => {
    const log = logOf([step(2, 100), step(2, 0)]);
    expect(times(log)).toEqual([0, 0, 100, 100]);
  });
});

describe('PartitionLog lookups are arithmetic (no records materialised)', () => {
  const log = logOf([step(10_000_000, 0, 1), step(5, 20_000_000, 0, 2048)], 7 * 86_400_000);
  it.each([
    [-1, 0],
    [0, 1],
    [9_999_999, 10_000_000],
    [19_999_999, 10_000_000],
    [20_000_000, 10_000_005],
  ])('endAt(%i) = %i (records produced at t are in)', (t, end) => {
    expect(log.endAt(t)).toBe(end);
  });
  it('finds the first offset at or after a time', () => {
    expect([
      log.firstOffsetAtOrAfter(0),
      log.firstOffsetAtOrAfter(1500),
      log.firstOffsetAtOrAfter(10_000_001),
    ]).toEqual([0, 1500, 10_000_000]);
  });
  it('R7: retention deletes records older than the retention, not those exactly that old (spec §3)', () => {
    const week = 7 * 86_400_000;
    expect([
      log.startAt(week - 1),
      log.startAt(week),
      log.startAt(week + 1),
      log.startAt(week + 999),
    ]).toEqual([0, 0, 1, 999]);
    expect(log.startAt(week + 30_000_000)).toBe(10_000_005);
  });
  it('sums sizes across segments', () => {
    expect(log.bytesBetween(9_999_998, 10_000_002)).toBe(2 * 1024 + 2 * 2048);
  });
  it('knows when a future offset arrives, and that past the end none does', () => {
    expect([log.arrivalOf(123), log.arrivalOf(10_000_004), log.arrivalOf(10_000_005)]).toEqual([
      123,
      20_000_000,
      null,
    ]);
  });
});
