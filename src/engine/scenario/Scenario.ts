/**
 * A scenario after loading (shared/spec/scenario-format.md §3): durations in ms, sizes in bytes,
 * defaults applied. `loadScenario` is the only way to make one from a file or an object; the mapping
 * inside stays the raw CreateEventSourceMapping request and is validated by `validateMapping`.
 */
import type { KafkaMapping, MappingError } from '../mapping/KafkaMapping.ts';

export interface ProduceStep {
  partition: number;
  count: number;
  atMs: number;
  everyMs: number;
  sizeBytes: number;
  /** the record value as a string (objects serialised as JSON); null = generated per record */
  value: string | null;
  key: string | null;
}

export type ScriptedResult = 'error' | 'timeout' | 'partial';

export interface OutcomeRule {
  partition: number;
  /** inclusive offset range; a single offset has from === to */
  from: number;
  to: number;
  result: ScriptedResult;
  /** the first N deliveries of a matching record behave so; null = every delivery */
  times: number | null;
}

export type ActionKind = 'disable' | 'enable' | 'update' | 'delete' | 'create';

export interface ScenarioAction {
  atMs: number;
  do: ActionKind;
  /** for `update` (and `create` after a delete): request members to apply */
  mapping?: Record<string, unknown>;
  /**
   * Set by `loadScenario` for `update` and `create`: the validated mapping in force after the action
   * (an update's members merged over the request in force; a bare `create` reuses the file's mapping).
   */
  mappingAfter?: KafkaMapping;
}

/** Modelling choices for AWS's open questions (facts sheet Q1–Q18); each has a default. */
export interface ModelOptions {
  /** Q1: `retry-from-lowest` (Kinesis-like, conservative) or `retry-listed-only`. */
  partialBatch?: 'retry-from-lowest' | 'retry-listed-only';
  /** Q5: what an invalid/expired committed offset resets to. */
  invalidOffsetReset?: 'starting-position' | 'log-start';
  /** R6/§4: delay between create/enable and the first poll (default 0, spec §3). */
  startupDelayMs?: number;
  /** R23: delay before an update takes effect (default 0). */
  updateDelayMs?: number;
  /** extension point: other named choices */
  [key: string]: unknown;
}

export interface Expectations {
  committed?: Record<string, number | null>;
  delivered?: Record<string, string>;
  notDelivered?: Record<string, string>;
  discarded?: Record<string, string>;
  invocations?: { min?: number; max?: number };
  errors?: string[];
}

export interface Scenario {
  name: string | null;
  seed: number;
  durationMs: number;
  /** wall-clock instant of virtual time 0, ms since the Unix epoch (`start`, default 2026-01-01T00:00:00Z) */
  startEpochMs: number;
  topic: {
    name: string;
    partitions: number;
    /** null = infinite */
    retentionMs: number | null;
    offsetsRetentionMs: number;
  };
  produce: ProduceStep[];
  consumerGroup: { id: string; offsets: Record<number, number> } | null;
  /** raw CreateEventSourceMapping request members */
  mapping: Record<string, unknown>;
  function: {
    timeoutMs: number;
    durationMs: number;
    outcomes: OutcomeRule[];
    /** handler module path as written, resolved relative to the scenario file by the CLI */
    handler: string | null;
  };
  actions: ScenarioAction[];
  model: ModelOptions;
  expect: Expectations | null;
}

/** What `loadScenario` returns: everything needed to run, or every error at once. */
export interface LoadedScenario {
  scenario: Scenario | null;
  mapping: KafkaMapping | null;
  errors: MappingError[];
  warnings: string[];
  /** the file's `expect`, read even when the scenario is invalid (a file may expect to be rejected, spec §5) */
  expect?: Expectations | null;
}
