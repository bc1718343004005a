/**
 * The offset ledger at one cursor position: what every lane, badge and counter shows. Plain data,
 * produced only by folding the trace (`Ledger.at`), so a frame can be rendered, compared in tests or
 * exported without the engine.
 */
import type {
  BatchCloseReason,
  DiscardReason,
  InvocationOutcome,
  MappingState,
  PositionSource,
  TraceEvent,
} from '../engine/trace.ts';

/** An inclusive offset span within one partition. */
export interface Span {
  from: number;
  to: number;
}

export interface DiscardedSpan extends Span {
  reason: DiscardReason;
  destination: string | null;
  t: number;
}

/** The batch a partition is working on (R9: at most one per partition), from formed to committed. */
export interface PartitionBatch {
  batch: number;
  poller: number;
  closedBy: BatchCloseReason;
  formedAt: number;
  /** this partition's offsets in the batch */
  spans: Span[];
  /** attempt number of the running or next invocation (1 = first delivery) */
  attempt: number;
  status: 'formed' | 'invoking' | 'failed' | 'retry-scheduled';
  invocation: number | null;
  /** this partition's offsets in the running invocation (a half after a bisect) */
  invoking: Span[];
  /** R16: depth of the running invocation's bisection, 0 for the whole batch */
  bisectDepth: number;
  /** R16: this partition's part of the two halves of the latest split */
  halves: [Span[], Span[]] | null;
  lastOutcome: InvocationOutcome | null;
  lastMessage: string | null;
}

export interface PartitionLedger {
  partition: number;
  /** oldest retained offset (moves with log retention) */
  logStart: number;
  /** next offset a producer will write (the high watermark) */
  logEnd: number;
  /** the group's committed offset: the next record it will read; null when it has none */
  committed: number | null;
  /** where reading (re)started and why (R6) */
  position: { offset: number; source: PositionSource; invalidCommitted: number | null } | null;
  batch: PartitionBatch | null;
  filtered: Span[];
  discarded: DiscardedSpan[];
  /** R24: logEnd − committed (or − where reading will start when there is no committed offset) */
  lag: number;
  poller: number | null;
  deliveredRecords: number;
  duplicates: number;
}

export interface GroupLedger {
  id: string;
  empty: boolean;
  emptySince: number | null;
  offsetsRetentionMs: number;
  /** when the offsets will be deleted if the group stays empty; null while it has members */
  expiresAt: number | null;
  expiredAt: number | null;
}

export interface LedgerTotals {
  invocations: number;
  errors: number;
  timeouts: number;
  partials: number;
  deliveredRecords: number;
  duplicates: number;
  commits: number;
  filteredRecords: number;
  discardedRecords: number;
  retries: number;
  bisects: number;
  rebalances: number;
}

export interface LedgerSnapshot {
  t: number;
  /** number of trace events applied */
  index: number;
  duration: number;
  topic: string;
  partitions: PartitionLedger[];
  mapping: { state: MappingState | null; reason: string };
  group: GroupLedger;
  /** partitions owned by each poller */
  pollers: number[][];
  destination: string | null;
  limits: {
    batchSize: number;
    /** R4: attempts before records are discarded (1 + retries); null = infinite */
    maxAttempts: number | null;
  };
  totals: LedgerTotals;
  /** the last event applied, null at the very start */
  lastEvent: TraceEvent | null;
  warnings: string[];
}
