/**
 * The trace folded once, with a checkpoint every `every` events, so any cursor position is one
 * binary search plus at most `every` event applications away: scrubbing 8 days back or forth costs
 * the same as one step (RaftScope's `state.seek(t)`, made O(log n)).
 */
import type { TraceEvent } from '../engine/trace.ts';
import type { LedgerSnapshot, PartitionLedger } from './LedgerSnapshot.ts';
import type { SimulationRun } from './SimulationRun.ts';
import { applyEvent } from './applyEvent.ts';
import {
  cloneState,
  emptyLogs,
  initialState,
  lagAt,
  logEndAt,
  type FoldLogs,
  type FoldState,
} from './foldState.ts';

export interface Ledger {
  run: SimulationRun;
  events: readonly TraceEvent[];
  /** the end of the virtual timeline, ms */
  duration: number;
  /** number of events with `t ≤ time`: the cursor index for a seek to `time` */
  indexAt(time: number): number;
  /** the ledger after `index` events, seen at `time` (≥ the last applied event's time) */
  at(index: number, time: number): LedgerSnapshot;
}

export function createLedger(run: SimulationRun, every = 64): Ledger {
  const events = run.trace;
  const logs = emptyLogs(run.scenario.topic.partitions);
  const state = initialState(run);
  const checkpoints: FoldState[] = [cloneState(state)];
  events.forEach((e, i) => {
    applyEvent(state, e, logs);
    if ((i + 1) % every === 0) checkpoints.push(cloneState(state));
  });
  const last = events.at(-1);
  const duration = Math.max(run.scenario.durationMs, last?.t ?? 0);

  const indexAt = (time: number): number => {
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (events[mid]!.t <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const at = (index: number, time: number): LedgerSnapshot => {
    const i = Math.max(0, Math.min(events.length, Math.floor(index)));
    const s = cloneState(checkpoints[Math.floor(i / every)]!);
    for (let k = s.index; k < i; k++) applyEvent(s, events[k]!, logs);
    const t = Math.max(time, s.lastEvent?.t ?? 0);
    return snapshotOf(s, logs, run, t, duration);
  };

  return { run, events, duration, indexAt, at };
}

function snapshotOf(
  s: FoldState,
  logs: FoldLogs,
  run: SimulationRun,
  t: number,
  duration: number,
): LedgerSnapshot {
  const partitions = s.partitions.map((p): PartitionLedger => ({
    partition: p.partition,
    logStart: p.logStart,
    logEnd: logEndAt(p, t),
    committed: p.committed,
    position: p.position,
    batch: p.batch,
    filtered: logs.filtered[p.partition]!.slice(0, p.filteredLen),
    discarded: logs.discarded[p.partition]!.slice(0, p.discardedLen),
    lag: lagAt(p, t),
    poller: p.poller,
    deliveredRecords: p.deliveredRecords,
    duplicates: p.duplicates,
  }));
  const g = s.group;
  // R7: offsets of a group that stays empty are deleted offsetsRetention after it emptied.
  const expiresAt =
    g.empty && g.emptySince !== null && g.expiredAt === null ? g.emptySince + g.offsetsRetentionMs : null;
  return {
    t,
    index: s.index,
    duration,
    topic: run.scenario.topic.name,
    partitions,
    mapping: { ...s.mapping },
    group: { ...g, expiresAt },
    pollers: s.pollers,
    destination: run.mapping.onFailureDestination,
    limits: {
      batchSize: run.mapping.batchSize,
      maxAttempts:
        run.mapping.effectiveMaximumRetries === null ? null : run.mapping.effectiveMaximumRetries + 1,
    },
    totals: { ...s.totals },
    lastEvent: s.lastEvent,
    warnings: logs.warnings.slice(0, s.warningsLen),
  };
}
