/**
 * One lane's offsets as runs of a single state, aggregated to at most `maxRuns` buckets: a lane
 * costs the same to draw with 10 records or 10 million (issue 4: 60 fps at 12 × 10,000). With no
 * more offsets than buckets, every record is its own cell.
 */
import type { PartitionLedger, Span } from './LedgerSnapshot.ts';

export type CellState =
  /** deleted by log retention */
  | 'gone'
  /** below the committed offset: the group will not read it again */
  | 'committed'
  /** in the log, not yet committed */
  | 'pending'
  /** passed over by the starting position (LATEST, AT_TIMESTAMP): never read */
  | 'skipped'
  | 'batched'
  | 'invoking'
  | 'failed'
  | 'filtered'
  | 'discarded';

export interface Run {
  /** first offset of the run */
  from: number;
  /** one past the last offset */
  to: number;
  state: CellState;
}

/** Overlays win over the lane's base state in this order (a discarded record may also be filtered, etc.). */
const LEVEL: Partial<Record<CellState, number>> = {
  batched: 1,
  failed: 2,
  invoking: 3,
  filtered: 4,
  discarded: 5,
};

function baseState(p: PartitionLedger, offset: number): CellState | null {
  if (offset >= p.logEnd) return null;
  if (offset < p.logStart) return 'gone';
  if (p.committed !== null) return offset < p.committed ? 'committed' : 'pending';
  if (p.position && offset < p.position.offset) return 'skipped';
  return 'pending';
}

export function laneRuns(p: PartitionLedger, lo: number, hi: number, maxRuns = 240): Run[] {
  const span = Math.max(1, hi - lo);
  const n = Math.min(span, maxRuns);
  const width = span / n;
  const overlay: (CellState | null)[] = new Array(n).fill(null);
  const paint = (spans: readonly Span[], state: CellState): void => {
    for (const s of spans) {
      const a = Math.max(s.from, lo);
      const b = Math.min(s.to, hi - 1);
      if (a > b) continue;
      const last = Math.min(n - 1, Math.floor((b - lo) / width));
      for (let i = Math.floor((a - lo) / width); i <= last; i++) {
        const cur = overlay[i];
        if (!cur || (LEVEL[state] ?? 0) > (LEVEL[cur] ?? 0)) overlay[i] = state;
      }
    }
  };
  const batch = p.batch;
  if (batch) {
    paint(batch.spans, 'batched');
    const running =
      batch.status === 'invoking' ? 'invoking' : batch.status === 'formed' ? 'batched' : 'failed';
    paint(batch.invoking, running);
  }
  paint(p.filtered, 'filtered');
  paint(p.discarded, 'discarded');

  const runs: Run[] = [];
  for (let i = 0; i < n; i++) {
    const from = Math.round(lo + i * width);
    const to = Math.round(lo + (i + 1) * width);
    const base = baseState(p, Math.floor(lo + (i + 0.5) * width));
    let state = overlay[i] ?? base;
    // A committed record stays committed while the rest of its batch is still being worked on (R16).
    if (state === 'batched' && base === 'committed') state = 'committed';
    if (!state) continue;
    const prev = runs.at(-1);
    if (prev && prev.state === state && prev.to === from) prev.to = to;
    else runs.push({ from, to, state });
  }
  return runs;
}
