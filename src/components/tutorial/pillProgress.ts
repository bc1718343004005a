/**
 * Where a partition stands with respect to one poison pill: the numbers the tutorial's goals read.
 * Two adapters produce it: from the engine's trace (exact, used to pin the goals against real runs)
 * and from the simulation view's ledger snapshot (what the live page receives with every frame, via
 * the `ol-simulation-frame` event). A test checks that both agree at every cursor position.
 */
import type { OffsetRange, TraceEvent } from '../../engine/trace.ts';
import type { LedgerSnapshot } from '../../simulation/LedgerSnapshot.ts';

export interface PillProgress {
  /** the group's committed offset for the partition (next to read), null before the first commit */
  committed: number | null;
  /** failed deliveries of the pill in its current batch: error or timeout (R13) */
  pillFailures: number;
  /** offsets below the commit that were discarded with no destination: lost (R14, R15) */
  dropped: number[];
  /** records handed to an on-failure destination (R14) */
  parked: number;
}

export function progressFromTrace(
  events: readonly TraceEvent[],
  partition: number,
  pill: number,
): PillProgress {
  let committed: number | null = null;
  let pillFailures = 0;
  const dropped: number[] = [];
  let parked = 0;
  const started = new Map<number, OffsetRange[]>();
  for (const e of events) {
    if (e.type === 'invocation.started') started.set(e.invocation, e.ranges);
    else if (e.type === 'invocation.ended' && (e.outcome === 'error' || e.outcome === 'timeout')) {
      if (includes(started.get(e.invocation) ?? [], partition, pill)) pillFailures++;
    } else if (e.type === 'offsets.committed' && e.partition === partition) committed = e.offset;
    else if (e.type === 'records.discarded')
      for (const r of e.ranges) {
        if (r.partition !== partition) continue;
        if (e.destination) parked += r.to - r.from + 1;
        else for (let o = r.from; o <= r.to; o++) dropped.push(o);
      }
  }
  return { committed, pillFailures, dropped: below(dropped, committed), parked };
}

export function progressFromSnapshot(
  snapshot: LedgerSnapshot,
  partition: number,
  pill: number,
): PillProgress {
  const p = snapshot.partitions[partition];
  if (!p) return { committed: null, pillFailures: 0, dropped: [], parked: 0 };
  const dropped: number[] = [];
  let parked = 0;
  for (const d of p.discarded) {
    if (d.destination) parked += d.to - d.from + 1;
    else for (let o = d.from; o <= d.to; o++) dropped.push(o);
  }
  return {
    committed: p.committed,
    pillFailures: batchFailures(p.batch, pill),
    dropped: below(dropped, p.committed),
    parked,
  };
}

/** `attempt` is the running or next attempt; a batch that has just failed has failed `attempt` times. */
function batchFailures(batch: LedgerSnapshot['partitions'][number]['batch'], pill: number): number {
  if (!batch || !batch.spans.some((s) => s.from <= pill && pill <= s.to)) return 0;
  return batch.status === 'failed' ? batch.attempt : batch.attempt - 1;
}

function includes(ranges: readonly OffsetRange[], partition: number, offset: number): boolean {
  return ranges.some((r) => r.partition === partition && r.from <= offset && offset <= r.to);
}

function below(offsets: number[], committed: number | null): number[] {
  return offsets.filter((o) => o < (committed ?? 0)).sort((a, b) => a - b);
}
