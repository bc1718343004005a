import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerRequest, KafkaEvent } from '../engine/index.ts';
import { createWorkerHandler, type WorkerHandler } from './workerHandler.ts';
import { brokenModulePath } from './fixtures/brokenModule.testing.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const open: WorkerHandler[] = [];
const handlerFor = (name: string, realTimeCapMs = 5000): WorkerHandler => {
  const modulePath = name === 'syntax-error.mjs' ? brokenModulePath() : fixture(name);
  const handler = createWorkerHandler({ modulePath, realTimeCapMs, seed: 1, startEpochMs: 0 });
  open.push(handler);
  return handler;
};
/** The fixtures read `event.mode`; a real engine sends a KafkaEvent. */
const request = (invocation: number, mode = 'ok', timeoutMs = 3000): HandlerRequest => ({
  invocation,
  attempt: 1,
  timeoutMs,
  t: 0,
  event: {
    eventSource: 'aws:kafka',
    bootstrapServers: 'b-1:9092',
    records: { 'orders-0': [] },
    mode,
  } as KafkaEvent,
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((handler) => handler.close()));
});

describe('the worker_threads handler port (spec §3 handler)', () => {
  it('reuses a warm module: module-level state persists across invocations', async () => {
    const handler = handlerFor('counter.mjs');
    expect(await handler.load()).toBeNull();
    expect(await handler.invoke(request(1))).toEqual({
      kind: 'return',
      value: { invocations: 1 },
      logs: ['module loaded', 'invocation 1'],
    });
    expect(await handler.invoke(request(2))).toEqual({
      kind: 'return',
      value: { invocations: 2 },
      logs: ['invocation 2'],
    });
  });

  it('turns an infinite loop into a timeout with the real-time kill switch, then loads the module afresh', async () => {
    const handler = handlerFor('counter.mjs', 300);
    await handler.invoke(request(1));
    const began = performance.now();
    expect(await handler.invoke(request(2, 'spin'))).toEqual({ kind: 'timeout', logs: ['invocation 2'] });
    expect(performance.now() - began).toBeLessThan(5000);
    // cold again: the module is imported afresh, its counter restarts
    expect(await handler.invoke(request(3))).toEqual({
      kind: 'return',
      value: { invocations: 1 },
      logs: ['module loaded', 'invocation 1'],
    });
  });

  it('kills after the function timeout when it is shorter than the cap', async () => {
    const handler = handlerFor('counter.mjs', 60_000);
    const began = performance.now();
    expect((await handler.invoke(request(1, 'spin', 200))).kind).toBe('timeout');
    expect(performance.now() - began).toBeLessThan(10_000);
  });

  it('reports a throw as a function error with the line, and keeps the module warm', async () => {
    const handler = handlerFor('counter.mjs');
    expect(await handler.invoke(request(1, 'throw'))).toEqual({
      kind: 'error',
      message: 'RangeError: bad mode on invocation 1',
      line: 10,
      logs: ['module loaded', 'invocation 1'],
    });
    expect(await handler.invoke(request(2))).toMatchObject({ kind: 'return', value: { invocations: 2 } });
  });

  it('treats a crash (process.exit) as an error and starts a fresh environment next time', async () => {
    const handler = handlerFor('counter.mjs');
    expect(await handler.invoke(request(1, 'exit'))).toMatchObject({
      kind: 'error',
      message: 'Runtime.ExitError: the handler exited (code 7)',
    });
    expect(await handler.invoke(request(2))).toMatchObject({ kind: 'return', value: { invocations: 1 } });
  });

  it('serialises the response as JSON, like Lambda', async () => {
    const handler = handlerFor('counter.mjs');
    expect(await handler.invoke(request(1, 'undefined'))).toMatchObject({ kind: 'return', value: null });
    expect(await handler.invoke(request(2, 'cycle'))).toMatchObject({ kind: 'error' });
  });

  it('runs TypeScript handler modules', async () => {
    const handler = handlerFor('typed-handler.ts');
    expect(await handler.invoke(request(1))).toEqual({ kind: 'return', value: { partitions: 1 } });
  });

  it('gives up on a module that never finishes importing (init phase limit)', async () => {
    const handler = handlerFor('hangs-on-import.mjs');
    expect(await handler.load()).toContain('did not finish loading within 10 s');
  }, 30_000);

  it.each([
    ['no-handler-export.mjs', 'does not export a function named `handler`'],
    ['throws-on-import.mjs', 'throws when imported: Error: cannot connect to the database at import time'],
    ['syntax-error.mjs', 'throws when imported: SyntaxError'],
  ])('refuses to load %s', async (name, reason) => {
    const handler = handlerFor(name);
    expect(await handler.load()).toContain(reason);
    expect(await handler.invoke(request(1))).toMatchObject({ kind: 'error' });
  });
});
