import type { SimulationRun } from '../../src/simulation/SimulationRun.ts';
import { applyEvent } from '../../src/simulation/applyEvent.ts';
import { emptyLogs, initialState, lagAt } from '../../src/simulation/foldState.ts';

/** The Compare scorecard for one run, every figure folded from its trace. */
export interface Scorecard {
  invocations: number;
  /** deliveries of records that had been delivered before (R18) */
  duplicates: number;
  /** highest total OffsetLag (R24) seen at any event */
  maxLag: number;
  /** virtual ms at which the lag last fell to zero; null when records are still waiting at the end */
  drainedAt: number | null;
  discarded: number;
  /**
   * Partition-milliseconds spent stuck: from a failed invocation (error, timeout or partial) on a
   * partition until that partition's committed offset moves or its records are discarded, summed
   * over partitions.
   */
  blockedMs: number;
}

export function scorecard(run: SimulationRun): Scorecard {
  const state = initialState(run);
  const logs = emptyLogs(run.scenario.topic.partitions);
  const partitionsOf = new Map<number, number[]>();
  const blockedSince = new Map<number, number>();
  let blockedMs = 0;
  let maxLag = 0;
  let drainedAt: number | null = 0;
  let end = run.scenario.durationMs;
  const unblock = (partition: number, t: number) => {
    const since = blockedSince.get(partition);
    if (since === undefined) return;
    blockedMs += t - since;
    blockedSince.delete(partition);
  };
  for (const e of run.trace) {
    applyEvent(state, e, logs);
    if (e.type === 'invocation.started')
      partitionsOf.set(e.invocation, [...new Set(e.ranges.map((r) => r.partition))]);
    if (e.type === 'invocation.ended' && e.outcome !== 'success') {
      for (const p of partitionsOf.get(e.invocation) ?? [])
        if (!blockedSince.has(p)) blockedSince.set(p, e.t);
    }
    if (e.type === 'offsets.committed' && (e.from === null || e.offset > e.from)) unblock(e.partition, e.t);
    if (e.type === 'records.discarded') for (const r of e.ranges) unblock(r.partition, e.t);
    if (e.type === 'run.ended') end = e.t;
    const lag = state.partitions.reduce((sum, p) => sum + lagAt(p, e.t), 0);
    maxLag = Math.max(maxLag, lag);
    if (lag > 0) drainedAt = null;
    else drainedAt ??= e.t;
  }
  const finalLag = state.partitions.reduce((sum, p) => sum + lagAt(p, end), 0);
  for (const p of [...blockedSince.keys()]) unblock(p, end);
  return {
    invocations: state.totals.invocations,
    duplicates: state.totals.duplicates,
    maxLag: Math.max(maxLag, finalLag),
    drainedAt: finalLag > 0 ? null : drainedAt,
    discarded: state.totals.discardedRecords,
    blockedMs,
  };
}
