import type { DiscardReason, InvocationOutcome } from '../trace.ts';

/** The result of a run, exactly as shared/spec/scenario-format.md §4 prints it. */
export interface RecordRef {
  partition: number;
  offset: number;
}

export interface InvocationEntry {
  start: number;
  end: number;
  attempt: number;
  records: RecordRef[];
  outcome: InvocationOutcome;
}

export interface CommitEntry {
  at: number;
  partition: number;
  offset: number;
}

export interface DiscardEntry {
  at: number;
  partition: number;
  offset: number;
  reason: DiscardReason;
  destination: string | null;
}

export interface FinalState {
  time: number;
  committed: Record<string, number | null>;
  logStart: Record<string, number>;
  logEnd: Record<string, number>;
  lag: Record<string, number>;
}

export interface ResultDocument {
  engine: string;
  errors: { path: string; message: string }[];
  warnings: string[];
  model: Record<string, string>;
  invocations?: InvocationEntry[];
  commits?: CommitEntry[];
  discarded?: DiscardEntry[];
  final: FinalState;
  counts: { invocations: number; deliveredRecords: number; commits: number; discarded: number };
}
