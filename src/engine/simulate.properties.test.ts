/**
 * Properties of every run (issue 3): same seed ⇒ same trace; per partition, first deliveries in
 * offset order (R8); at most one batch in flight per partition (R9); the committed offset never passes
 * a record that was neither processed successfully, filtered nor discarded, so nothing is lost except
 * by filter, discard or retention (R10–R18).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateSync, type SimulationRun } from './simulate.ts';
import { loadValid } from './testing/runScenario.ts';
import type { OffsetRange, TraceEvent } from './trace.ts';

const arbScenario = fc
  .record({
    seed: fc.integer({ min: 1, max: 1000 }),
    partitions: fc.integer({ min: 1, max: 3 }),
    steps: fc.array(
      fc.record({
        partition: fc.integer({ min: 0, max: 2 }),
        count: fc.integer({ min: 1, max: 40 }),
        at: fc.integer({ min: 0, max: 20_000 }),
        every: fc.constantFrom(0, 10, 250),
        kind: fc.constantFrom('order', 'ping'),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    batchSize: fc.integer({ min: 1, max: 20 }),
    window: fc.constantFrom(undefined, 0, 1),
    retries: fc.constantFrom(-1, 0, 2),
    destination: fc.boolean(),
    bisect: fc.boolean(),
    partial: fc.boolean(),
    filter: fc.boolean(),
    pollers: fc.constantFrom(1, 2),
    outcomes: fc.array(
      fc.record({
        partition: fc.integer({ min: 0, max: 2 }),
        offset: fc.integer({ min: 0, max: 60 }),
        result: fc.constantFrom('error', 'timeout', 'partial'),
        times: fc.constantFrom(undefined, 1, 3),
      }),
      { maxLength: 3 },
    ),
    disableAt: fc.option(fc.integer({ min: 1, max: 30_000 })),
    partialModel: fc.constantFrom('retry-from-lowest', 'retry-listed-only'),
    retention: fc.constantFrom(null, 30_000, 90_000),
  })
  .map((g) => ({
    seed: g.seed,
    duration: '2m',
    topic: {
      name: 'orders',
      partitions: g.partitions,
      ...(g.retention === null ? {} : { retention: g.retention }),
    },
    produce: g.steps.map((s) => ({
      partition: s.partition % g.partitions,
      count: s.count,
      at: s.at,
      every: s.every,
      value: { type: s.kind },
    })),
    mapping: {
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: g.batchSize,
      ...(g.window === undefined ? {} : { MaximumBatchingWindowInSeconds: g.window }),
      ProvisionedPollerConfig: { MinimumPollers: g.pollers, MaximumPollers: g.pollers },
      MaximumRetryAttempts: g.retries,
      BisectBatchOnFunctionError: g.bisect,
      ...(g.partial ? { FunctionResponseTypes: ['ReportBatchItemFailures'] } : {}),
      ...(g.destination
        ? { DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } } }
        : {}),
      ...(g.filter ? { FilterCriteria: { Filters: [{ Pattern: '{"value":{"type":["order"]}}' }] } } : {}),
    },
    function: {
      timeout: '1s',
      outcomes: g.outcomes.map((o) => ({
        partition: o.partition % g.partitions,
        offset: o.offset,
        result: o.result,
        ...(o.times === undefined ? {} : { times: o.times }),
      })),
    },
    model: { partialBatch: g.partialModel },
    actions:
      g.disableAt === null
        ? []
        : [
            { at: g.disableAt, do: 'disable' },
            { at: g.disableAt + 5000, do: 'enable' },
          ],
  }));

const each = (ranges: readonly OffsetRange[], fn: (p: number, o: number) => void) => {
  for (const r of ranges) for (let o = r.from; o <= r.to; o++) fn(r.partition, o);
};
const key = (p: number, o: number) => `${p}:${o}`;

/**
 * Records whose offset a commit may pass: processed successfully, filtered, discarded, or deleted by
 * log retention (`retentionMs`) before the commit.
 */
function settledRecords(trace: TraceEvent[], upTo: number, retentionMs: number | null = null): Set<string> {
  const settled = new Set<string>();
  const started = new Map<number, OffsetRange[]>();
  const now = trace[upTo]?.t ?? Infinity;
  for (const e of trace.slice(0, upTo)) {
    if (e.type === 'records.produced' && retentionMs !== null)
      for (let o = e.from; o <= e.to; o++)
        if (e.t + (o - e.from) * e.every + retentionMs <= now) settled.add(key(e.partition, o));
    if (e.type === 'invocation.started') started.set(e.invocation, e.ranges);
    if (e.type === 'invocation.ended' && (e.outcome === 'success' || e.outcome === 'partial')) {
      const failed = new Set((e.failures ?? []).map((f) => key(f.partition, f.offset)));
      each(started.get(e.invocation) ?? [], (p, o) => {
        if (!failed.has(key(p, o))) settled.add(key(p, o));
      });
    }
    if (e.type === 'records.filtered' || e.type === 'records.discarded')
      each(e.ranges, (p, o) => settled.add(key(p, o)));
  }
  return settled;
}

const runOf = (file: Record<string, unknown>): SimulationRun => simulateSync(loadValid(file));

describe('engine properties (fast-check)', () => {
  it('same scenario and seed ⇒ byte-identical trace', () => {
    fc.assert(
      fc.property(arbScenario, (file) => {
        expect(JSON.stringify(runOf(file).trace)).toBe(JSON.stringify(runOf(file).trace));
      }),
      { numRuns: 60 },
    );
  });

  it('R8: per partition, first deliveries come in offset order', () => {
    fc.assert(
      fc.property(arbScenario, (file) => {
        const seen = new Set<string>();
        const lastFirst = new Map<number, number>();
        for (const e of runOf(file).trace) {
          if (e.type !== 'invocation.started') continue;
          each(e.ranges, (p, o) => {
            if (seen.has(key(p, o))) return;
            seen.add(key(p, o));
            expect(o).toBeGreaterThan(lastFirst.get(p) ?? -1);
            lastFirst.set(p, o);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('R9: at most one invocation in flight per partition', () => {
    fc.assert(
      fc.property(arbScenario, (file) => {
        const busy = new Map<number, number>();
        const partitionsOf = new Map<number, number[]>();
        for (const e of runOf(file).trace) {
          if (e.type === 'invocation.started') {
            const ps = [...new Set(e.ranges.map((r) => r.partition))];
            for (const p of ps) {
              expect(busy.has(p), `partition ${p} already in flight at ${e.t}`).toBe(false);
              busy.set(p, e.invocation);
            }
            partitionsOf.set(e.invocation, ps);
          }
          if (e.type === 'invocation.ended')
            for (const p of partitionsOf.get(e.invocation) ?? []) busy.delete(p);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('R12–R18: a commit never passes a record that was not processed, filtered or discarded', () => {
    fc.assert(
      fc.property(arbScenario, (file) => {
        const run = runOf(file);
        const trace = run.trace;
        trace.forEach((e, i) => {
          if (e.type !== 'offsets.committed') return;
          const settled = settledRecords(trace, i, run.scenario.topic.retentionMs);
          for (let o = 0; o < e.offset; o++)
            expect(
              settled.has(key(e.partition, o)),
              `commit ${e.offset} on ${e.partition} at ${e.t} passes ${o}`,
            ).toBe(true);
        });
      }),
      { numRuns: 120 },
    );
  });

  it('R18: nothing is lost except by filter, discard or retention: every record below the final commit was settled', () => {
    fc.assert(
      fc.property(arbScenario, (file) => {
        const run = runOf(file);
        const settled = settledRecords(run.trace, run.trace.length - 1, run.scenario.topic.retentionMs);
        for (const [p, committed] of Object.entries(run.final.committed)) {
          for (let o = 0; o < (committed ?? 0); o++) expect(settled.has(key(Number(p), o))).toBe(true);
          if (run.scenario.topic.retentionMs === null) expect(run.final.logStart[p]).toBe(0);
          expect(committed ?? 0).toBeLessThanOrEqual(run.final.logEnd[p]!);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('the trace is in time order and final.committed is the last commit of each partition', () => {
    fc.assert(
      fc.property(arbScenario, (file) => {
        const run = runOf(file);
        const times = run.trace.map((e) => e.t);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        const last = new Map<number, number | null>();
        for (const e of run.trace) {
          if (e.type === 'offsets.committed') last.set(e.partition, e.offset);
          if (e.type === 'offsets.expired') for (const p of e.partitions) last.set(p, null);
        }
        for (const [p, committed] of Object.entries(run.final.committed))
          expect(committed).toBe(last.get(Number(p)) ?? null);
      }),
      { numRuns: 100 },
    );
  });
});
