import type { OffsetRange } from '../trace.ts';

/** Number of records in inclusive ranges. */
export function countRecords(ranges: readonly OffsetRange[]): number {
  let n = 0;
  for (const r of ranges) n += r.to - r.from + 1;
  return n;
}

/** Appends [from, to] to ranges, merging with the last range when contiguous in the same partition. */
export function appendRange(ranges: OffsetRange[], partition: number, from: number, to: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last.partition === partition && last.to + 1 === from) last.to = to;
  else ranges.push({ partition, from, to });
}

/** Splits ranges after the first `k` records, keeping event order (R16 bisect). */
export function splitAfter(ranges: readonly OffsetRange[], k: number): [OffsetRange[], OffsetRange[]] {
  const first: OffsetRange[] = [];
  const second: OffsetRange[] = [];
  let left = k;
  for (const r of ranges) {
    const n = r.to - r.from + 1;
    if (left >= n) {
      first.push({ ...r });
      left -= n;
    } else if (left > 0) {
      first.push({ partition: r.partition, from: r.from, to: r.from + left - 1 });
      second.push({ partition: r.partition, from: r.from + left, to: r.to });
      left = 0;
    } else second.push({ ...r });
  }
  return [first, second];
}

/** The part of `ranges` at or above `offset` in `partition`. */
export function rangesFrom(ranges: readonly OffsetRange[], partition: number, offset: number): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const r of ranges) {
    if (r.partition !== partition || r.to < offset) continue;
    out.push({ partition, from: Math.max(r.from, offset), to: r.to });
  }
  return out;
}

/** Ranges of the given offsets of one partition (sorted, distinct). */
export function rangesOfOffsets(partition: number, offsets: readonly number[]): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const o of [...offsets].sort((a, b) => a - b)) appendRange(out, partition, o, o);
  return out;
}

/** True when (partition, offset) is inside one of the ranges. */
export function rangesContain(ranges: readonly OffsetRange[], partition: number, offset: number): boolean {
  return ranges.some((r) => r.partition === partition && r.from <= offset && offset <= r.to);
}
