/**
 * A set of offsets in one partition, kept as sorted, disjoint, non-adjacent inclusive ranges, so that
 * "0-9999999" costs one entry. Written as `"0-4,7"` in `expect` (scenario spec §5); `""` is empty.
 */
export interface OffsetInterval {
  from: number;
  to: number;
}
export type OffsetSet = readonly OffsetInterval[];

/** Sorts and merges overlapping or adjacent ranges. */
export function normalizeOffsetSet(ranges: readonly OffsetInterval[]): OffsetSet {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: OffsetInterval[] = [];
  for (const { from, to } of sorted) {
    const last = merged.at(-1);
    if (last && from <= last.to + 1) last.to = Math.max(last.to, to);
    else merged.push({ from, to });
  }
  return merged;
}

/** `"0-4,7"` style text; `""` for the empty set. */
export function formatOffsetSet(set: OffsetSet): string {
  return set.map(({ from, to }) => (from === to ? `${from}` : `${from}-${to}`)).join(',');
}

export function offsetSetsEqual(a: OffsetSet, b: OffsetSet): boolean {
  return a.length === b.length && a.every((r, i) => r.from === b[i]?.from && r.to === b[i]?.to);
}

/** Offsets in both sets. */
export function intersectOffsetSets(a: OffsetSet, b: OffsetSet): OffsetSet {
  const out: OffsetInterval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as OffsetInterval;
    const y = b[j] as OffsetInterval;
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (from <= to) out.push({ from, to });
    if (x.to < y.to) i++;
    else j++;
  }
  return out;
}

/** Offsets in `a` that are not in `b`. */
export function subtractOffsetSets(a: OffsetSet, b: OffsetSet): OffsetSet {
  const out: OffsetInterval[] = [];
  for (const range of a) {
    let from = range.from;
    for (const cut of b) {
      if (cut.to < from || cut.from > range.to) continue;
      if (cut.from > from) out.push({ from, to: cut.from - 1 });
      from = cut.to + 1;
      if (from > range.to) break;
    }
    if (from <= range.to) out.push({ from, to: range.to });
  }
  return out;
}
