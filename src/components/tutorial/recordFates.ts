/**
 * What happened to each record of one partition, folded from a trace prefix (the events a reader has
 * played so far). The tutorial's goals read this, never the view's pixels: the trace is the only
 * source of behaviour (architecture guide, habit 6).
 */
import type { OffsetRange, TraceEvent } from '../../engine/trace.ts';

export interface PartitionFates {
  /** the group's committed offset (next to read), null before the first commit */
  committed: number | null;
  /** offsets handled by a successful invocation, or committed as filtered (R10, R12, R17) */
  processed: Set<number>;
  /** offsets discarded to an on-failure destination (R14, R15, R11) */
  toDestination: Set<number>;
  /** offsets discarded with no destination: dropped (R14, R15, R11) */
  dropped: Set<number>;
  /** failed deliveries per offset: error, timeout, or a whole batch failed by an invalid response */
  failedDeliveries: Map<number, number>;
}

export function foldPartitionFates(events: readonly TraceEvent[], partition: number): PartitionFates {
  const fates: PartitionFates = {
    committed: null,
    processed: new Set(),
    toDestination: new Set(),
    dropped: new Set(),
    failedDeliveries: new Map(),
  };
  const started = new Map<number, OffsetRange[]>();
  for (const e of events) {
    switch (e.type) {
      case 'invocation.started':
        started.set(e.invocation, e.ranges);
        break;
      case 'invocation.ended':
        settle(fates, partition, started.get(e.invocation) ?? [], e.outcome, e.failures ?? []);
        break;
      case 'offsets.committed':
        if (e.partition === partition) fates.committed = e.offset;
        break;
      case 'records.filtered':
        eachOffset(e.ranges, partition, (o) => fates.processed.add(o));
        break;
      case 'records.discarded':
        eachOffset(e.ranges, partition, (o) => (e.destination ? fates.toDestination : fates.dropped).add(o));
        break;
      default:
        break;
    }
  }
  return fates;
}

/** R12: success handles every record; R17: a partial response handles those below the lowest failure. */
function settle(
  fates: PartitionFates,
  partition: number,
  ranges: OffsetRange[],
  outcome: string,
  failures: { partition: number; offset: number }[],
): void {
  if (outcome === 'success') return eachOffset(ranges, partition, (o) => fates.processed.add(o));
  if (outcome === 'partial') {
    const lowest = Math.min(...failures.filter((f) => f.partition === partition).map((f) => f.offset));
    return eachOffset(ranges, partition, (o) => {
      if (o < lowest) fates.processed.add(o);
    });
  }
  eachOffset(ranges, partition, (o) =>
    fates.failedDeliveries.set(o, (fates.failedDeliveries.get(o) ?? 0) + 1),
  );
}

function eachOffset(ranges: readonly OffsetRange[], partition: number, f: (offset: number) => void): void {
  for (const r of ranges) if (r.partition === partition) for (let o = r.from; o <= r.to; o++) f(o);
}

/** Offsets below the commit that were neither processed nor sent to a destination: lost records. */
export function lostOffsets(fates: PartitionFates): number[] {
  const lost: number[] = [];
  for (let o = 0; o < (fates.committed ?? 0); o++)
    if (!fates.processed.has(o) && !fates.toDestination.has(o)) lost.push(o);
  return lost;
}
