/**
 * Test-only: a SimulationRun around a hand-written trace, with a loaded scenario and mapping holding
 * the engine's documented defaults (R1). Used by unit tests to pin the fold before, and
 * independently of, the engine.
 */
import type { TraceEvent } from '../../engine/trace.ts';
import type { Scenario } from '../../engine/scenario/Scenario.ts';
import type { KafkaMapping } from '../../engine/mapping/KafkaMapping.ts';
import type { SimulationRun } from '../SimulationRun.ts';

export interface FixtureOptions {
  partitions?: number;
  durationMs?: number;
  offsetsRetentionMs?: number;
  consumerGroup?: Scenario['consumerGroup'];
  mapping?: Partial<KafkaMapping>;
}

export function runFixture(trace: TraceEvent[], o: FixtureOptions = {}): SimulationRun {
  const scenario: Scenario = {
    name: 'fixture',
    seed: 1,
    durationMs: o.durationMs ?? 60_000,
    startEpochMs: Date.UTC(2026, 0, 1),
    topic: {
      name: 'orders',
      partitions: o.partitions ?? 1,
      retentionMs: 7 * 86_400_000,
      offsetsRetentionMs: o.offsetsRetentionMs ?? 7 * 86_400_000,
    },
    produce: [],
    consumerGroup: o.consumerGroup ?? null,
    mapping: {},
    function: { timeoutMs: 3000, durationMs: 20, outcomes: [], handler: null },
    actions: [],
    model: {},
    expect: null,
  };
  const mapping: KafkaMapping = {
    source: 'msk',
    functionName: 'fn',
    eventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/demo/1',
    bootstrapServers: [],
    topic: 'orders',
    startingPosition: 'TRIM_HORIZON',
    startingPositionTimestamp: null,
    batchSize: 100,
    batchingWindowMs: 500,
    enabled: true,
    consumerGroupId: null,
    filterPatterns: [],
    onFailureDestination: null,
    maximumRetryAttempts: -1,
    effectiveMaximumRetries: null,
    maximumRecordAgeSeconds: -1,
    bisectBatchOnFunctionError: false,
    reportBatchItemFailures: false,
    provisioned: null,
    request: {},
    ...o.mapping,
  };
  return { scenario, mapping, trace, model: { partialBatch: 'retry-from-lowest' }, warnings: [] };
}

/** Shorthands for trace events in tests. */
export const ev = {
  produced: (t: number, partition: number, from: number, to: number, every = 0): TraceEvent => ({
    type: 'records.produced',
    t,
    rule: 'spec',
    partition,
    from,
    to,
    every,
    size: 1024,
  }),
  formed: (
    t: number,
    batch: number,
    ranges: [number, number, number][],
    closedBy: 'size' | 'window' = 'size',
  ): TraceEvent => ({
    type: 'batch.formed',
    t,
    rule: 'R8',
    batch,
    poller: 0,
    ranges: ranges.map(([partition, from, to]) => ({ partition, from, to })),
    closedBy,
    bytes: 1024,
    records: ranges.reduce((n, [, f, to]) => n + to - f + 1, 0),
  }),
  started: (
    t: number,
    invocation: number,
    batch: number,
    ranges: [number, number, number][],
    attempt = 1,
    bisectDepth = 0,
  ): TraceEvent => ({
    type: 'invocation.started',
    t,
    rule: 'R8',
    invocation,
    batch,
    attempt,
    bisectDepth,
    ranges: ranges.map(([partition, from, to]) => ({ partition, from, to })),
  }),
  ended: (
    t: number,
    invocation: number,
    outcome: 'success' | 'error' | 'timeout' | 'partial',
    message?: string,
  ): TraceEvent =>
    message === undefined
      ? { type: 'invocation.ended', t, rule: outcome === 'success' ? 'R12' : 'R13', invocation, outcome }
      : { type: 'invocation.ended', t, rule: 'R13', invocation, outcome, message },
  committed: (t: number, partition: number, from: number | null, offset: number): TraceEvent => ({
    type: 'offsets.committed',
    t,
    rule: 'R12',
    partition,
    from,
    offset,
  }),
};
