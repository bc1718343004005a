/**
 * How many times each record of a partition has been delivered, kept as disjoint intervals
 * `[from, to] → count`, so counting costs grow with invocations, not records. Only the offsets that
 * scripted `outcomes` rules with `times` look at are tracked.
 */
interface Interval {
  from: number;
  to: number;
  count: number;
}

export class DeliveryCounts {
  private intervals: Interval[] = [];

  /** Adds one delivery to every offset in [from, to]. */
  increment(from: number, to: number): void {
    if (from > to) return;
    const next: Interval[] = [];
    let cursor = from;
    for (const iv of this.intervals) {
      if (iv.to < from || iv.from > to) {
        next.push(iv);
        continue;
      }
      if (iv.from < from) next.push({ from: iv.from, to: from - 1, count: iv.count });
      if (cursor < iv.from) next.push({ from: cursor, to: iv.from - 1, count: 1 });
      const a = Math.max(iv.from, from);
      const b = Math.min(iv.to, to);
      next.push({ from: a, to: b, count: iv.count + 1 });
      cursor = b + 1;
      if (iv.to > to) next.push({ from: to + 1, to: iv.to, count: iv.count });
    }
    if (cursor <= to) next.push({ from: cursor, to, count: 1 });
    next.sort((x, y) => x.from - y.from);
    this.intervals = next;
  }

  /** Sub-ranges of [from, to] whose delivery count is ≤ max (count 0 for untracked offsets). */
  rangesAtMost(from: number, to: number, max: number): [number, number][] {
    const out: [number, number][] = [];
    let cursor = from;
    const push = (a: number, b: number) => {
      const last = out[out.length - 1];
      if (last && last[1] === a - 1) last[1] = b;
      else out.push([a, b]);
    };
    for (const iv of this.intervals) {
      if (iv.to < cursor || iv.from > to) continue;
      if (cursor < iv.from) push(cursor, iv.from - 1);
      const a = Math.max(iv.from, cursor);
      const b = Math.min(iv.to, to);
      if (iv.count <= max) push(a, b);
      cursor = b + 1;
    }
    if (cursor <= to) push(cursor, to);
    return out;
  }
}
