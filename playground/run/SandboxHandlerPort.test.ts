import { describe, expect, it } from 'vitest';
import { loadScenario, simulate } from '../../src/engine/index.ts';
import type { TraceEvent } from '../../src/engine/trace.ts';
import type { SandboxHost } from '../sandbox/SandboxHost.ts';
import type { InvokeContext, ResultMessage } from '../sandbox/protocol.ts';
import { SandboxHandlerPort } from './SandboxHandlerPort.ts';

const START = Date.UTC(2026, 0, 1);

/** A stand-in for the browser sandbox: records each invocation's context, fails the first `failures`. */
function fakeHost(failures: number) {
  const contexts: InvokeContext[] = [];
  const host = {
    async invoke(_event: unknown, context: InvokeContext): Promise<ResultMessage> {
      contexts.push(context);
      const fail = contexts.length <= failures;
      return {
        type: 'result',
        id: contexts.length,
        outcome: fail ? 'threw' : 'returned',
        value: null,
        error: fail ? { name: 'Error', message: 'poison', line: null, column: null } : null,
        logs: [],
        virtualMs: 0,
      };
    },
  };
  return { host: host as unknown as SandboxHost, contexts };
}

async function run(file: Record<string, unknown>, failures = 0) {
  const loaded = loadScenario({ start: new Date(START).toISOString(), ...file });
  if (loaded.errors.length > 0) throw new Error(JSON.stringify(loaded.errors));
  const { host, contexts } = fakeHost(failures);
  const port = new SandboxHandlerPort(host, { functionName: 'f', startEpochMs: START, mapLine: () => null });
  const result = await simulate(loaded, { handler: port });
  const started = result.trace.filter(
    (e): e is Extract<TraceEvent, { type: 'invocation.started' }> => e.type === 'invocation.started',
  );
  return { contexts, started };
}

const mapping = (extra: Record<string, unknown> = {}) => ({
  StartingPosition: 'TRIM_HORIZON',
  BatchSize: 100,
  MaximumBatchingWindowInSeconds: 0,
  ...extra,
});

// Before the engine sent `t`, the sandbox's clock was the newest record's timestamp: a retry, or a
// batch that waited out its batching window, saw the records' time instead of its own.
describe("the sandbox's clock is the engine's virtual time of each invocation", () => {
  it.each([
    {
      behaviour: 'records produced at 2 s are delivered at 2 s',
      file: { duration: '10s', produce: [{ count: 3, at: '2s' }], mapping: mapping() },
      failures: 0,
      times: [2000],
    },
    {
      behaviour: 'a batch that waits out a 3 s batching window starts after the window',
      file: {
        duration: '20s',
        produce: [{ count: 2, at: '1s' }],
        mapping: mapping({ MaximumBatchingWindowInSeconds: 3 }),
      },
      failures: 0,
      times: [4000],
    },
    {
      behaviour: 'retries of a failed batch run later than the first attempt',
      file: { duration: '30s', produce: [{ count: 3 }], mapping: mapping() },
      failures: 2,
      // each attempt ends after the function's default 20 ms duration, and is retried at once
      times: [0, 20, 40],
    },
    {
      behaviour: 'records produced over time reach invocations at their own times',
      file: {
        duration: '10s',
        topic: { name: 'orders', partitions: 2 },
        produce: [
          { partition: 0, count: 4, every: '1s' },
          { partition: 1, count: 2, at: '500ms', every: '2s' },
        ],
        mapping: mapping(),
      },
      failures: 0,
      times: [0, 500, 1000, 2000, 2500, 3000],
    },
  ])('$behaviour', async ({ file, failures, times }) => {
    const { contexts, started } = await run(file, failures);
    expect(contexts.map((c) => c.nowEpochMs - START)).toEqual(times);
    // the same instants the trace shows for those invocations
    expect(started.map((s) => s.t)).toEqual(times);
  });

  it('gives a retry its own later time, not the time of its (unchanged) newest record', async () => {
    const { contexts } = await run({ duration: '30s', produce: [{ count: 3 }], mapping: mapping() }, 1);
    expect(contexts.length).toBeGreaterThanOrEqual(2);
    expect(contexts[1]!.nowEpochMs).toBeGreaterThan(contexts[0]!.nowEpochMs);
  });

  it('replays the same clock readings on every run (deterministic)', async () => {
    const file = { duration: '30s', produce: [{ count: 5, every: '700ms' }], mapping: mapping() };
    const first = (await run(file)).contexts.map((c) => c.nowEpochMs);
    expect((await run(file)).contexts.map((c) => c.nowEpochMs)).toEqual(first);
  });
});
