/**
 * The handler port (issue 3): records no scripted outcome decides go to the port; its answers may come
 * later in real time, but virtual time stands still while one is pending, so the run is the same
 * whatever the handler's wall-clock speed.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate.ts';
import { toResultDocument } from './result/toResultDocument.ts';
import { loadValid, invocationLines } from './testing/runScenario.ts';
import type { HandlerAnswer, HandlerPort, HandlerRequest } from './handlerPort.ts';

const file = (outcomes: unknown[] = []) => ({
  duration: '1m',
  topic: { name: 'orders', partitions: 2 },
  produce: [
    { partition: 0, count: 4, value: { n: 1 } },
    { partition: 1, count: 2, value: 'plain text' },
  ],
  mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 10, MaximumBatchingWindowInSeconds: 0 },
  function: { handler: './handler.mjs', outcomes },
});

/** A port that answers after a real delay and throws on the first delivery of orders-0 offset 2. */
function fakePort(delayMs: () => number): HandlerPort & { requests: HandlerRequest[] } {
  const seen = new Set<string>();
  const requests: HandlerRequest[] = [];
  return {
    requests,
    async invoke(req) {
      requests.push(req);
      await new Promise((r) => setTimeout(r, delayMs()));
      const first = !seen.has('0:2');
      const hasPoison = req.event.records['orders-0']?.some((r) => r.offset === 2) ?? false;
      if (hasPoison) seen.add('0:2');
      const answer: HandlerAnswer =
        hasPoison && first
          ? { kind: 'error', message: 'poison', logs: ['boom'] }
          : { kind: 'return', value: { statusCode: 500 } };
      return answer;
    },
  };
}

describe('HandlerPort', () => {
  it('gets the real event shape and decides outcomes; real delays do not move virtual time', async () => {
    const port = fakePort(() => 3);
    const run = await simulate(loadValid(file()), { handler: port });
    expect(invocationLines(toResultDocument(run))).toEqual([
      '0-20 a1 error 0:0-3 1:0-1',
      '20-40 a2 success 0:0-3 1:0-1',
    ]);
    const [first] = port.requests;
    expect(first).toMatchObject({ invocation: 1, attempt: 1, timeoutMs: 3000 });
    expect(Object.keys(first!.event.records)).toEqual(['orders-0', 'orders-1']);
    expect(atob(first!.event.records['orders-1']![0]!.value)).toBe('plain text');
    const ended = run.trace.find((e) => e.type === 'invocation.ended');
    expect(ended).toMatchObject({ outcome: 'error', message: 'poison', logs: ['boom'] });
  });

  it('is deterministic whatever the answer latency', async () => {
    let i = 0;
    const slowFast = await simulate(loadValid(file()), { handler: fakePort(() => (i++ % 2 === 0 ? 8 : 0)) });
    const even = await simulate(loadValid(file()), { handler: fakePort(() => 1) });
    expect(JSON.stringify(slowFast.trace)).toBe(JSON.stringify(even.trace));
  });

  it('scripted outcomes beside a handler decide first; the handler runs the rest', async () => {
    const port = fakePort(() => 0);
    const run = await simulate(loadValid(file([{ partition: 1, offset: 0, result: 'timeout', times: 1 }])), {
      handler: port,
    });
    expect(invocationLines(toResultDocument(run))).toEqual([
      '0-3000 a1 timeout 0:0-3 1:0-1',
      '3000-3020 a2 error 0:0-3 1:0-1',
      '3020-3040 a3 success 0:0-3 1:0-1',
    ]);
    expect(port.requests.map((r) => r.attempt)).toEqual([2, 3]);
  });
});
