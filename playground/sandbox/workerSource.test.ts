import { runInContext, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { workerSource } from './workerSource.ts';

/**
 * The assembled worker script, run in a fresh V8 context that stands in for a dedicated worker's
 * global scope (its own Date, Math and Function, so nothing leaks into the test's realm). Handler
 * code loaded by the script resolves globals in that context, exactly as in the browser.
 */
function startWorker(code: string, seed = 1) {
  const target = new EventTarget();
  const done: Record<string, unknown>[] = [];
  const started: unknown[] = [];
  const waiting: ((m: Record<string, unknown>) => void)[] = [];
  const scope = createContext({
    postMessage: (m: Record<string, unknown>) => {
      if (m.type === 'started') started.push(m.id);
      else (waiting.shift() ?? ((x) => done.push(x)))(m);
    },
    addEventListener: target.addEventListener.bind(target),
    MessageChannel,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    performance: { now: () => 0 },
    crypto: { getRandomValues: (a: Uint8Array) => a },
    navigator: {},
    console,
    fetch: () => Promise.resolve('network!'),
  });
  runInContext('var self = globalThis;', scope);
  runInContext(workerSource(), scope);
  target.dispatchEvent(new MessageEvent('message', { data: { type: 'init', code, seed } }));
  let id = 0;
  return (event: unknown = {}, nowEpochMs = 1_767_225_600_000, timeoutMs = 3000) =>
    new Promise<Record<string, unknown>>((resolve) => {
      waiting.push(resolve);
      target.dispatchEvent(
        new MessageEvent('message', {
          data: {
            type: 'invoke',
            id: ++id,
            event,
            context: { nowEpochMs, timeoutMs, functionName: 'f', awsRequestId: 'r' },
          },
        }),
      );
    });
}

const cjs = (body: string) =>
  `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n${body}`;

describe('the sandbox worker', () => {
  it('runs the handler with the virtual clock and returns its JSON response', async () => {
    const invoke = startWorker(
      cjs('exports.handler = async (e) => ({ now: Date.now(), iso: new Date().toISOString(), e });'),
    );
    expect(await invoke({ a: 1 })).toMatchObject({
      type: 'done',
      outcome: 'returned',
      value: { now: 1_767_225_600_000, iso: '2026-01-01T00:00:00.000Z', e: { a: 1 } },
      virtualMs: 0,
    });
  });

  it.each([
    {
      behaviour: 'each invocation reads its own start time',
      starts: [0, 20, 4000],
      sleepMs: 0,
      reads: [0, 20, 4000],
    },
    {
      behaviour: 'the clock never runs backwards after a handler slept past the next start',
      starts: [0, 100, 9000],
      sleepMs: 1000,
      reads: [0, 1000, 9000],
    },
  ])("$behaviour (Date.now() is the invocation's virtual time)", async ({ starts, sleepMs, reads }) => {
    const T = 1_767_225_600_000;
    const invoke = startWorker(
      cjs(
        `exports.handler = async () => { const now = Date.now(); await new Promise((r) => setTimeout(r, ${sleepMs})); return now; };`,
      ),
    );
    const seen: unknown[] = [];
    for (const start of starts) seen.push((await invoke({}, T + start)).value);
    expect(seen).toEqual(reads.map((r) => T + r));
  });

  it('replays the same random numbers for the same seed, and other ones for another seed', async () => {
    const code = cjs('exports.handler = async () => [Math.random(), Math.random()];');
    const first = (await startWorker(code, 7)()).value;
    expect((await startWorker(code, 7)()).value).toEqual(first);
    expect((await startWorker(code, 8)()).value).not.toEqual(first);
  });

  it('advances virtual time through timers without waiting in real time', async () => {
    const invoke = startWorker(
      cjs(
        'exports.handler = async () => { const t0 = Date.now(); await new Promise((r) => setTimeout(r, 2500)); return Date.now() - t0; };',
      ),
    );
    const started = performance.now();
    expect(await invoke()).toMatchObject({ outcome: 'returned', value: 2500, virtualMs: 2500 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('times out in virtual time when the handler waits past the Lambda timeout, and starts cold after', async () => {
    const invoke = startWorker(
      cjs(
        'let calls = 0; exports.handler = async (e) => { calls++; if (e.slow) await new Promise((r) => setTimeout(r, 5000)); return calls; };',
      ),
    );
    expect(await invoke({})).toMatchObject({ value: 1 });
    expect(await invoke({})).toMatchObject({ value: 2 });
    const slow = await invoke({ slow: true });
    expect(slow).toMatchObject({ outcome: 'timeout', virtualMs: 3000, recycle: true });
    expect(slow.error).toMatchObject({ message: 'Task timed out after 3.00 seconds' });
  });

  it('reports a throw with its message, its line in the emitted code and the console output', async () => {
    const invoke = startWorker(
      cjs(
        'exports.handler = async () => {\n  console.log("about to fail", { n: 1 });\n  throw new Error("poison");\n};',
      ),
    );
    const r = await invoke();
    expect(r).toMatchObject({ outcome: 'threw', logs: ['about to fail {"n":1}'] });
    expect(r.error).toMatchObject({ name: 'Error', message: 'poison', line: 5 });
  });

  it.each([
    ['fetch', 'await fetch("https://example.com")', /fetch is not available/],
    ['importScripts', 'importScripts("x.js")', /importScripts is not available/],
    ['postMessage', 'postMessage({ type: "done", id: 99 })', /postMessage is not available/],
    ['require', 'require("fs")', /require\('fs'\)/],
    ['a code-string timer', 'setTimeout("1+1", 0)', /take a function/],
  ])('refuses %s with a readable error', async (_name, statement, message) => {
    const invoke = startWorker(cjs(`exports.handler = async () => { ${statement}; };`));
    const r = await invoke();
    expect(r.outcome).toBe('threw');
    expect((r.error as { message: string }).message).toMatch(message);
  });

  it('says so when the module exports no handler', async () => {
    const r = await startWorker(cjs('exports.other = 1;'))();
    expect((r.error as { message: string }).message).toMatch(/exports no `handler`/);
  });

  it('supports callback-style handlers', async () => {
    const invoke = startWorker(
      cjs('exports.handler = (event, context, callback) => { setTimeout(() => callback(null, "cb"), 10); };'),
    );
    expect(await invoke()).toMatchObject({ outcome: 'returned', value: 'cb', virtualMs: 10 });
  });
});
