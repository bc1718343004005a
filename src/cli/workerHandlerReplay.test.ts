import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerAnswer, KafkaEvent } from '../engine/index.ts';
import { installSeededRandom } from '../sandbox/installSeededRandom.ts';
import { createWorkerHandler, type WorkerHandler } from './workerHandler.ts';

/** The scenario's `start`; an invocation's virtual start is this plus the engine's `t`. */
const START = Date.parse('2026-01-01T00:00:00Z');
const open: WorkerHandler[] = [];
const handlerFor = (fixture: string, seed: number): WorkerHandler => {
  const modulePath = fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url));
  // A real-time cap above the virtual minute: real timers would make these runs time out.
  const handler = createWorkerHandler({ modulePath, seed, startEpochMs: START, realTimeCapMs: 20_000 });
  open.push(handler);
  return handler;
};
const invoke = (
  handler: WorkerHandler,
  invocation: number,
  t: number,
  event: object = {},
  timeoutMs = 900_000,
) => handler.invoke({ invocation, attempt: 1, timeoutMs, t, event: event as KafkaEvent });

/** What the playground sandbox's generator draws for `seed` (it seeds `Math.random` with it). */
const playgroundRandoms = (seed: number, count: number): number[] =>
  Array.from({ length: count }, installSeededRandom({ Math: {} }, seed));

const clockAndRandom = (seed: number, ts: readonly number[]): Promise<HandlerAnswer[]> => {
  const handler = handlerFor('clock-and-random.mjs', seed);
  return ts.reduce<Promise<HandlerAnswer[]>>(
    async (answers, t, i) => [...(await answers), await invoke(handler, i + 1, t)],
    Promise.resolve([]),
  );
};

afterEach(async () => {
  await Promise.all(open.splice(0).map((handler) => handler.close()));
});

describe('the CLI handler worker replays time and randomness like the playground sandbox', () => {
  it.each([
    { seed: 1, t: 0 },
    { seed: 42, t: 1500 },
    { seed: 0xffffffff, t: 86_400_000 },
  ])(
    "reads Date.now() as the invocation's virtual start (start + t = $t ms) and draws the playground generator's numbers for seed $seed",
    async ({ seed, t }) => {
      const [answer] = await clockAndRandom(seed, [t]);
      expect(answer).toEqual({
        kind: 'return',
        value: {
          now: START + t,
          iso: new Date(START + t).toISOString(),
          random: playgroundRandoms(seed, 2),
          slept: 60_000,
        },
      });
    },
  );

  it('returns the same values on two runs of the same seed', async () => {
    const first = await clockAndRandom(7, [0, 90_000, 200_000]);
    expect(first.every((answer) => answer.kind === 'return')).toBe(true);
    expect(await clockAndRandom(7, [0, 90_000, 200_000])).toEqual(first);
  });

  it('sleeps a virtual minute without waiting a real one', async () => {
    const began = performance.now();
    expect(await clockAndRandom(3, [0])).toMatchObject([{ kind: 'return', value: { slept: 60_000 } }]);
    expect(performance.now() - began).toBeLessThan(5000);
  });

  it("keeps a warm environment's clock and generator running: a handler that slept past the next start reads its later time", async () => {
    const [, second] = await clockAndRandom(5, [0, 1000]);
    expect(second).toMatchObject({
      kind: 'return',
      value: { now: START + 60_000, random: playgroundRandoms(5, 4).slice(2) },
    });
  });

  it('times out in virtual time when a timer is due after the function timeout, and seeds the fresh environment with seed + 1', async () => {
    const handler = handlerFor('clock-and-random.mjs', 9);
    expect(await invoke(handler, 1, 0, {}, 30_000)).toEqual({ kind: 'timeout' });
    expect(await invoke(handler, 2, 40_000, { sleepMs: 0 })).toEqual({
      kind: 'return',
      value: {
        now: START + 40_000,
        iso: new Date(START + 40_000).toISOString(),
        random: playgroundRandoms(10, 2),
        slept: 0,
      },
    });
  });

  it("runs a module's top-level timers in virtual time while it loads, from the scenario's start", async () => {
    const handler = handlerFor('sleeps-on-import.mjs', 1);
    expect(await handler.load()).toBeNull();
    expect(await invoke(handler, 1, 0)).toEqual({ kind: 'return', value: START + 2000 });
  });

  it("keeps Node's own timers real, so fetch still reaches a server", async () => {
    const server = createServer((_request, response) => response.end('pong'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      expect(await invoke(handlerFor('fetches.mjs', 1), 1, 0, { url })).toEqual({
        kind: 'return',
        value: 'pong',
      });
    } finally {
      server.close();
    }
  });
});
