/**
 * Robustness: wide random scenarios (lifecycle actions, retention, sizes, windows, delays, existing
 * groups, every error-handling member) that the loader accepts must run to the end without throwing,
 * keep the trace in time order and never have two invocations in flight on one partition (R9).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './scenario/loadScenario.ts';
import { simulateSync } from './simulate.ts';
import { toResultDocument } from './result/toResultDocument.ts';

const arbAction = fc.record({
  at: fc.integer({ min: 0, max: 300_000 }),
  do: fc.constantFrom('disable', 'enable', 'update', 'delete', 'create'),
  batch: fc.integer({ min: 1, max: 50 }),
});

const arbFile = fc
  .record({
    seed: fc.integer({ min: 1, max: 10_000 }),
    partitions: fc.integer({ min: 1, max: 4 }),
    retention: fc.constantFrom('infinite', '1m', '10m', '7d'),
    offsetsRetention: fc.constantFrom('2m', '7d'),
    steps: fc.array(
      fc.record({
        partition: fc.nat(3),
        count: fc.integer({ min: 1, max: 200 }),
        at: fc.integer({ min: 0, max: 250_000 }),
        every: fc.constantFrom(0, 1, 700, 30_000),
        size: fc.constantFrom(0, 10, 1024, 1_048_576, 7_000_000),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    start: fc.constantFrom('TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'),
    batchSize: fc.constantFrom(1, 7, 100, 10_000),
    window: fc.constantFrom(undefined, 0, 1, 5),
    provisioned: fc.boolean(),
    retries: fc.constantFrom(-1, 0, 3),
    age: fc.constantFrom(-1, 60, 120),
    bisect: fc.boolean(),
    partial: fc.boolean(),
    destination: fc.boolean(),
    group: fc.boolean(),
    outcomes: fc.array(
      fc.record({
        partition: fc.nat(3),
        from: fc.nat(150),
        len: fc.nat(20),
        result: fc.constantFrom('error', 'timeout', 'partial'),
        times: fc.constantFrom(undefined, 1, 2),
      }),
      { maxLength: 3 },
    ),
    actions: fc.array(arbAction, { maxLength: 4 }),
    model: fc.record({
      partialBatch: fc.constantFrom('retry-from-lowest', 'retry-listed-only'),
      invalidOffsetReset: fc.constantFrom('starting-position', 'log-start'),
      startupDelay: fc.constantFrom(0, 30_000),
      updateDelay: fc.constantFrom(0, 5_000),
    }),
  })
  .map((g) => ({
    seed: g.seed,
    duration: '5m',
    topic: {
      name: 'orders',
      partitions: g.partitions,
      retention: g.retention,
      offsetsRetention: g.offsetsRetention,
    },
    produce: g.steps.map((s) => ({
      partition: s.partition % g.partitions,
      count: s.count,
      at: s.at,
      every: s.every,
      size: s.size,
    })),
    ...(g.group ? { consumerGroup: { id: 'billing', offsets: { 0: 3 } } } : {}),
    mapping: {
      StartingPosition: g.start,
      ...(g.start === 'AT_TIMESTAMP'
        ? { StartingPositionTimestamp: Date.parse('2026-01-01T00:00:00Z') / 1000 }
        : {}),
      BatchSize: g.batchSize,
      ...(g.window === undefined ? {} : { MaximumBatchingWindowInSeconds: g.window }),
      ...(g.group ? { AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' } } : {}),
      ...(g.provisioned
        ? {
            ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 3 },
            MaximumRetryAttempts: g.retries,
            MaximumRecordAgeInSeconds: g.age,
            BisectBatchOnFunctionError: g.bisect,
            ...(g.partial ? { FunctionResponseTypes: ['ReportBatchItemFailures'] } : {}),
          }
        : {}),
      ...(g.destination
        ? { DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } } }
        : {}),
    },
    function: {
      timeout: '2s',
      outcomes: g.outcomes.map((o) => ({
        partition: o.partition % g.partitions,
        offset: `${o.from}-${o.from + o.len}`,
        result: o.result,
        ...(o.times === undefined ? {} : { times: o.times }),
      })),
    },
    actions: [...g.actions]
      .sort((a, b) => a.at - b.at)
      .map((a) =>
        a.do === 'update'
          ? { at: a.at, do: 'update', mapping: { BatchSize: a.batch } }
          : { at: a.at, do: a.do },
      ),
    model: g.model,
  }));

describe('engine fuzz (fast-check)', () => {
  it('any scenario the loader accepts runs to the end with a time-ordered trace and R9 held', () => {
    let ran = 0;
    fc.assert(
      fc.property(arbFile, (file) => {
        const loaded = loadScenario(file);
        fc.pre(loaded.errors.length === 0);
        ran++;
        const run = simulateSync(loaded);
        const doc = toResultDocument(run);
        const times = run.trace.map((e) => e.t);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(run.trace.at(-1)?.type).toBe('run.ended');
        const busy = new Set<number>();
        const owned = new Map<number, number[]>();
        for (const e of run.trace) {
          if (e.type === 'invocation.started') {
            const ps = [...new Set(e.ranges.map((r) => r.partition))];
            for (const p of ps) {
              expect(busy.has(p)).toBe(false);
              busy.add(p);
            }
            owned.set(e.invocation, ps);
          }
          if (e.type === 'invocation.ended') for (const p of owned.get(e.invocation) ?? []) busy.delete(p);
        }
        expect(doc.counts.invocations).toBe(doc.invocations?.length);
        // a commit the mapping made never passes the log end (an inherited, invalid offset may)
        for (const c of doc.commits ?? [])
          expect(c.offset).toBeLessThanOrEqual(doc.final.logEnd[String(c.partition)]!);
      }),
      { numRuns: 100 },
    );
    expect(ran).toBeGreaterThan(30);
  }, 180_000);
});
