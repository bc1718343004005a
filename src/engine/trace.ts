/**
 * The trace: the typed event log every face of Offset Lab reads (simulation view, playground, CLI,
 * exports). The engine only appends; views fold it. Each event carries the virtual time `t` (ms since
 * the scenario's `start`) and the simulator rule behind it (`R1`…`R24` in
 * shared/reference/esm-kafka-facts.md, or `Q…` where the behaviour is a modelling choice for an open
 * question).
 *
 * Offsets in ranges are inclusive: `{ from: 5, to: 9 }` is offsets 5, 6, 7, 8, 9. Ranges keep the
 * trace's size proportional to invocations, not records.
 */

/** Simulator rule id (facts sheet "Simulator rules") or open-question id when a behaviour is modelled. */
export type RuleId = `R${number}` | `Q${number}` | 'spec';

/** An inclusive offset range within one partition. */
export interface OffsetRange {
  partition: number;
  from: number;
  to: number;
}

/** ESM lifecycle states, as the Lambda API names them. */
export type MappingState =
  'Creating' | 'Enabling' | 'Enabled' | 'Disabling' | 'Disabled' | 'Updating' | 'Deleting' | 'Deleted';

/** Which limit closed a batch (R8). `immediate`: window 0, whatever was available was sent. */
export type BatchCloseReason = 'size' | 'window' | 'payload' | 'immediate' | 'retry';

export type InvocationOutcome = 'success' | 'error' | 'timeout' | 'partial';

/** Why records were discarded (R11, R14, R15); strings follow the destination record `condition`. */
export type DiscardReason = 'RetryAttemptsExhausted' | 'RecordAgeExceeded' | 'MaximumPayloadSizeExceeded';

/** Where a partition's read position came from when it was (re)assigned (R6). */
export type PositionSource =
  | 'committed'
  | 'TRIM_HORIZON'
  | 'LATEST'
  | 'AT_TIMESTAMP'
  /** invalid committed offset handled by the 2022 model (always the log start), Q5 */
  | 'LOG_START';

interface Base<T extends string> {
  type: T;
  /** virtual time in ms */
  t: number;
  rule: RuleId;
}

export type TraceEvent =
  /** A produce step appended `count` records to a partition; records at `at + i * every`. */
  | (Base<'records.produced'> & { partition: number; from: number; to: number; every: number; size: number })
  /** Log retention moved the log start (R7, §4): offsets below `logStart` are gone. */
  | (Base<'log.truncated'> & { partition: number; logStart: number })
  | (Base<'mapping.state'> & { from: MappingState | null; to: MappingState; reason: string })
  /** An operator action from the scenario's `actions` (disable, enable, update, delete). */
  | (Base<'action'> & { do: string; detail?: Record<string, unknown> })
  /** Pollers and the partitions each owns after a (re)assignment; every change is a rebalance (R19, R20). */
  | (Base<'pollers.assigned'> & { pollers: number[][]; rebalance: boolean })
  /** Where a partition starts reading, and why (R6). */
  | (Base<'position.resolved'> & {
      partition: number;
      offset: number;
      source: PositionSource;
      /** the group's committed offset that was invalid or expired, when that caused a fallback */
      invalidCommitted?: number | null;
    })
  /** Consumer group offsets deleted by offsets retention after the group was empty (R7). */
  | (Base<'offsets.expired'> & { group: string; partitions: number[] })
  /** Consumer group became empty (no active mapping) or active again (R7). */
  | (Base<'group.membership'> & { group: string; empty: boolean })
  /** Records that matched no filter; committed with the next successful invocation (R10). */
  | (Base<'records.filtered'> & { ranges: OffsetRange[] })
  /** A batch closed; `ranges` in event order (per partition ascending). */
  | (Base<'batch.formed'> & {
      batch: number;
      poller: number;
      ranges: OffsetRange[];
      closedBy: BatchCloseReason;
      bytes: number;
      records: number;
    })
  | (Base<'invocation.started'> & {
      invocation: number;
      batch: number;
      attempt: number;
      ranges: OffsetRange[];
      /** depth of bisection: 0 for the original batch, 1 for its halves… (R16) */
      bisectDepth: number;
    })
  | (Base<'invocation.ended'> & {
      invocation: number;
      outcome: InvocationOutcome;
      /** records reported in batchItemFailures and honoured (R17) */
      failures?: { partition: number; offset: number }[];
      /** handler error message, timeout note, or why a partial response was treated as failure */
      message?: string;
      /** console output captured from a real handler, per invocation */
      logs?: string[];
    })
  /** A batch is split in two after a function error (R16). */
  | (Base<'batch.bisected'> & { batch: number; halves: [OffsetRange[], OffsetRange[]] })
  /** The same records will be sent again (R13, R17); `attempt` is the coming attempt number. */
  | (Base<'retry.scheduled'> & { batch: number; attempt: number; ranges: OffsetRange[] })
  /** The group's committed offset for a partition changed (R12): `offset` is the next to read. */
  | (Base<'offsets.committed'> & { partition: number; from: number | null; offset: number })
  /** Records given up on (R11, R14, R15), with the destination they were sent to (null: dropped). */
  | (Base<'records.discarded'> & { ranges: OffsetRange[]; reason: DiscardReason; destination: string | null })
  /** A scenario-level warning, also in the result's `warnings` (e.g. StartingPosition ignored). */
  | (Base<'warning'> & { message: string })
  /** End of the simulated duration. */
  | (Base<'run.ended'> & Record<never, never>);

export type TraceEventType = TraceEvent['type'];
export type TraceEventOf<T extends TraceEventType> = Extract<TraceEvent, { type: T }>;
