/* eslint-disable @typescript-eslint/no-explicit-any -- drives a foreign global scope */
import type { captureConsole } from './captureConsole.ts';
import type { installSeededRandom } from '../../../src/sandbox/installSeededRandom.ts';
import type { installVirtualTime } from '../../../src/sandbox/installVirtualTime.ts';
import type { removeCapabilities } from './removeCapabilities.ts';

/** The helpers workerMain uses, passed in (not imported) because the worker gets them as source text. */
export interface WorkerTools {
  installVirtualTime: typeof installVirtualTime;
  installSeededRandom: typeof installSeededRandom;
  captureConsole: typeof captureConsole;
  removeCapabilities: typeof removeCapabilities;
}

/**
 * The handler's execution environment, one per worker (one warm Lambda execution environment). The
 * first `invoke` loads the module (a cold start); later invocations reuse it, module state included,
 * until a timeout or crash, after which the iframe throws the worker away (spec §3 `handler`).
 *
 * Messages in: `{type:'init', code, seed}` once, then `{type:'invoke', id, event, context}`.
 * Messages out: `{type:'started', id}` as the handler is called, then
 * `{type:'done', id, outcome, value, error, logs, virtualMs, recycle}`.
 *
 * Self-contained: its source text runs in the worker (workerSource.ts), so no outer references.
 */
export function workerMain(scope: any, tools: WorkerTools): void {
  const post = scope.postMessage.bind(scope);
  const realSetTimeout = scope.setTimeout.bind(scope);
  const RealFunction = scope.Function;
  const channel = new scope.MessageChannel();
  let wake: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const w = wake;
    wake = null;
    if (w) w();
  };
  /** one real macrotask: every pending microtask has run when it resolves */
  const tick = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
      channel.port2.postMessage(0);
    });
  const sleep = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));
  // Chromium numbers `new Function` lines from its synthetic header; measure it instead of assuming.
  const probe: string = new RealFunction('return new Error().stack\n//# sourceURL=probe.js')() ?? '';
  const probeLine = /probe\.js:(\d+)/.exec(probe);
  const lineOffset = probeLine ? Number(probeLine[1]) - 1 : 2;

  let code = '';
  let time: ReturnType<WorkerTools['installVirtualTime']> | null = null;
  let logs: ReturnType<WorkerTools['captureConsole']> | null = null;
  let moduleExports: any = null;
  let crash: unknown = null;
  let crashed = false;

  scope.addEventListener('unhandledrejection', (e: any) => {
    e.preventDefault();
    crashed = true;
    crash = e.reason;
  });
  scope.addEventListener('message', (e: any) => {
    const m = e.data;
    if (m && m.type === 'init' && typeof m.code === 'string' && time === null) {
      code = m.code;
      time = tools.installVirtualTime(scope, 0);
      tools.installSeededRandom(scope, Number(m.seed) >>> 0);
      logs = tools.captureConsole(scope, 200, 2000);
      tools.removeCapabilities(scope);
    } else if (m && m.type === 'invoke' && time !== null) {
      void invoke(m);
    }
  });

  function describe(e: unknown) {
    const isError = e instanceof Error;
    const stack = isError && typeof e.stack === 'string' ? e.stack : '';
    const at = /handler\.js:(\d+):(\d+)/.exec(stack);
    return {
      name: isError ? e.name : 'Error',
      message: isError ? e.message : typeof e === 'string' ? e : safeJson(e),
      line: at ? Math.max(1, Number(at[1]) - lineOffset) : null,
      column: at ? Number(at[2]) : null,
    };
  }
  function safeJson(x: unknown): string {
    try {
      return JSON.stringify(x) ?? String(x);
    } catch {
      return String(x);
    }
  }
  function load(): any {
    const module = { exports: {} as any };
    const require = (name: string) => {
      throw new Error(`require('${name}'): the playground runs one file; only type imports are allowed.`);
    };
    new RealFunction('exports', 'require', 'module', `${code}\n//# sourceURL=handler.js`)(
      module.exports,
      require,
      module,
    );
    return module.exports;
  }
  function resolveHandler(exp: any): (...a: unknown[]) => unknown {
    const h = exp?.handler ?? exp?.default?.handler ?? exp?.default;
    if (typeof h !== 'function') {
      throw new Error(
        'The module exports no `handler` function: write `export const handler = async (event) => { … }`.',
      );
    }
    return h;
  }

  async function invoke(m: any) {
    // Tells the iframe to start the kill switch now: booting the worker is not the handler's time.
    post({ type: 'started', id: m.id });
    const clock = time!;
    clock.advanceTo(Number(m.context.nowEpochMs));
    const start = clock.now();
    const limit = start + Number(m.context.timeoutMs);
    logs!.take();
    crashed = false;
    let settled = false;
    let ok = false;
    let result: unknown;
    let outcome = 'returned';
    let recycle = false;
    try {
      if (!moduleExports) moduleExports = load();
      const handler = resolveHandler(moduleExports);
      const context = {
        functionName: String(m.context.functionName),
        functionVersion: '$LATEST',
        invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${m.context.functionName}`,
        memoryLimitInMB: '128',
        awsRequestId: String(m.context.awsRequestId),
        logGroupName: `/aws/lambda/${m.context.functionName}`,
        logStreamName: 'playground',
        callbackWaitsForEmptyEventLoop: true,
        getRemainingTimeInMillis: () => Math.max(0, limit - clock.now()),
      };
      const pending = new Promise((resolve, reject) => {
        const r: any = handler(m.event, context, (err: unknown, value: unknown) =>
          err ? reject(err) : resolve(value),
        );
        if (handler.length < 3 || (r && typeof r.then === 'function'))
          Promise.resolve(r).then(resolve, reject);
      });
      pending.then(
        (v) => {
          settled = true;
          ok = true;
          result = v;
        },
        (e) => {
          settled = true;
          result = e;
        },
      );
    } catch (e) {
      // a throw while loading the module (init error) or a synchronous throw from the handler
      settled = true;
      result = e;
      if (!moduleExports) recycle = true;
    }
    for (let idle = 0; !settled && !crashed;) {
      await tick();
      if (settled || crashed) break;
      let fired: string;
      try {
        fired = clock.fireNext(limit);
      } catch (e) {
        crashed = true;
        crash = e;
        break;
      }
      if (fired === 'fired') continue;
      // Nothing scheduled: give real async work (crypto.subtle, …) a short real grace period.
      if (fired === 'none' && idle++ < 20) {
        await sleep(5);
        continue;
      }
      clock.advanceTo(limit);
      outcome = 'timeout';
      recycle = true;
      break;
    }
    let value: unknown = null;
    let error = null;
    if (outcome === 'timeout') {
      const seconds = Number(m.context.timeoutMs) / 1000;
      error = {
        name: 'TimeoutError',
        message: `Task timed out after ${seconds.toFixed(2)} seconds`,
        line: null,
        column: null,
      };
    } else {
      if (crashed) {
        outcome = 'threw';
        error = describe(crash);
        error.message = `Uncaught outside the handler's promise: ${error.message}`;
        recycle = true;
      } else if (ok) {
        try {
          const json = result === undefined ? 'null' : JSON.stringify(result);
          value = json === undefined ? null : JSON.parse(json);
        } catch (e) {
          outcome = 'threw';
          error = describe(new Error(`The response is not JSON: ${describe(e).message}`));
        }
      } else {
        outcome = 'threw';
        error = describe(result);
      }
    }
    post({
      type: 'done',
      id: m.id,
      outcome,
      value,
      error,
      logs: logs!.take(),
      virtualMs: clock.now() - start,
      recycle,
    });
  }
}
