/**
 * The mutable state the ledger folds trace events into, and its cheap copy for checkpoints. Long,
 * append-only facts (filtered and discarded spans, warnings) live in shared `FoldLogs`; the state
 * only keeps how many of them it has seen, so a checkpoint costs O(partitions), not O(records).
 */
import type { MappingState, PositionSource, TraceEvent, TraceEventOf } from '../engine/trace.ts';
import type { DiscardedSpan, GroupLedger, LedgerTotals, PartitionBatch, Span } from './LedgerSnapshot.ts';
import type { SimulationRun } from './SimulationRun.ts';

export interface FoldPartition {
  partition: number;
  logStart: number;
  /** log end before the latest produce step */
  logEndBase: number;
  /** the latest produce step: its records arrive one every `every` ms from `t` */
  produce: TraceEventOf<'records.produced'> | null;
  committed: number | null;
  position: { offset: number; source: PositionSource; invalidCommitted: number | null } | null;
  /** treated as immutable: replaced, never edited, so checkpoints may share it */
  batch: PartitionBatch | null;
  poller: number | null;
  deliveredRecords: number;
  duplicates: number;
  /** one past the highest offset ever delivered: a delivery below it is a duplicate (R18) */
  deliveredHigh: number;
  filteredLen: number;
  discardedLen: number;
}

export interface FoldState {
  index: number;
  partitions: FoldPartition[];
  mapping: { state: MappingState | null; reason: string };
  group: Omit<GroupLedger, 'expiresAt'>;
  pollers: number[][];
  totals: LedgerTotals;
  lastEvent: TraceEvent | null;
  warningsLen: number;
}

export interface FoldLogs {
  filtered: Span[][];
  discarded: DiscardedSpan[][];
  warnings: string[];
}

export function emptyLogs(partitions: number): FoldLogs {
  return {
    filtered: Array.from({ length: partitions }, () => []),
    discarded: Array.from({ length: partitions }, () => []),
    warnings: [],
  };
}

/** The ledger before the first event: the topic's partitions, and a pre-existing group's offsets. */
export function initialState(run: SimulationRun): FoldState {
  const { scenario, mapping } = run;
  const existing = scenario.consumerGroup;
  const groupId = run.consumerGroupId ?? mapping.consumerGroupId ?? 'the mapping UUID';
  // The spec: a group given in the file exists before the mapping and counts as empty from t = 0.
  const ownsExisting = existing !== null && existing.id === mapping.consumerGroupId;
  const partitions = Array.from({ length: scenario.topic.partitions }, (_, p): FoldPartition => ({
    partition: p,
    logStart: 0,
    logEndBase: 0,
    produce: null,
    committed: ownsExisting ? (existing.offsets[p] ?? null) : null,
    position: null,
    batch: null,
    poller: null,
    deliveredRecords: 0,
    duplicates: 0,
    deliveredHigh: 0,
    filteredLen: 0,
    discardedLen: 0,
  }));
  return {
    index: 0,
    partitions,
    mapping: { state: null, reason: '' },
    group: {
      id: groupId,
      empty: ownsExisting,
      emptySince: ownsExisting ? 0 : null,
      offsetsRetentionMs: scenario.topic.offsetsRetentionMs,
      expiredAt: null,
    },
    pollers: [],
    totals: {
      invocations: 0,
      errors: 0,
      timeouts: 0,
      partials: 0,
      deliveredRecords: 0,
      duplicates: 0,
      commits: 0,
      filteredRecords: 0,
      discardedRecords: 0,
      retries: 0,
      bisects: 0,
      rebalances: 0,
    },
    lastEvent: null,
    warningsLen: 0,
  };
}

export function cloneState(s: FoldState): FoldState {
  return {
    ...s,
    partitions: s.partitions.map((p) => ({ ...p })),
    mapping: { ...s.mapping },
    group: { ...s.group },
    totals: { ...s.totals },
  };
}

/** Log end at time `t` ≥ the last applied event: a produce step's records arrive over time. */
export function logEndAt(p: FoldPartition, t: number): number {
  const e = p.produce;
  if (!e || t < e.t) return p.logEndBase;
  const count = e.to - e.from + 1;
  const arrived = e.every > 0 ? Math.min(count, Math.floor((t - e.t) / e.every) + 1) : count;
  return Math.max(p.logEndBase, e.from + arrived);
}

/** R24: lag from the committed offset, or from where reading starts when the group has none. */
export function lagAt(p: FoldPartition, t: number): number {
  const end = logEndAt(p, t);
  const base = p.committed ?? p.position?.offset ?? p.logStart;
  return Math.max(0, end - Math.max(base, p.logStart));
}
