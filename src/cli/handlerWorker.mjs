// @ts-check
/**
 * Runs inside a worker thread: loads the handler module once (a warm Lambda execution environment keeps
 * module-level state between invocations, scenario spec §3) and answers each invocation. The parent
 * (`workerHandler.ts`) kills this thread when an invocation runs too long and starts a fresh one for the
 * next invocation. Plain JavaScript on purpose: a .ts worker would pay Node's type-stripper start-up
 * (measured: 130–150 ms more per cold start) on every cold start; messages are typed in
 * `handlerProtocol.ts`.
 *
 * Time and randomness are the playground sandbox's (playground/sandbox/worker/workerMain.ts), from the
 * same functions (src/sandbox/): `Date`, `performance.now` and the global timers read a virtual clock
 * that each invocation moves to its virtual start, timers fire in virtual time without real waiting,
 * and `Math.random`/`crypto.getRandomValues`/`crypto.randomUUID` are seeded, so a scenario and seed
 * give the same result here, in the browser and on every run (architecture habit 1).
 */
import { format } from 'node:util';
import { setImmediate as nextMacrotask, setTimeout as realDelay } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const setup = /** @type {import('./handlerProtocol.ts').WorkerSetup} */ (workerData);
const { moduleUrl } = setup;
/** @type {number | null} */
let currentInvocation = null;
/** @param {unknown} message */
const post = (message) => port.postMessage(message);

// Console output belongs to the invocation that printed it; it never reaches the CLI's stdout.
for (const level of /** @type {const} */ (['log', 'info', 'warn', 'error', 'debug', 'trace'])) {
  console[level] = (...args) => post({ type: 'log', id: currentInvocation, line: format(...args) });
}

const realTimers = { setTimeout, setInterval, clearTimeout, clearInterval };
/** @type {typeof import('../sandbox/installVirtualTime.ts').installVirtualTime} */
const installVirtualTime = compile(setup.installVirtualTime);
/** @type {typeof import('../sandbox/installSeededRandom.ts').installSeededRandom} */
const installSeededRandom = compile(setup.installSeededRandom);
// Installed at 0 then moved, exactly as the sandbox does, so `performance.now()` reads the same there
// and here; both are in place before the module loads, so module-level code is virtual and seeded too.
const clock = installVirtualTime(globalThis, 0);
clock.advanceTo(setup.loadEpochMs);
installSeededRandom(globalThis, setup.seed >>> 0);
keepNodeTimersReal();

const handler = await loadHandler();
if (handler) {
  post({ type: 'loaded' });
  port.on('message', (message) => void invoke(handler, message));
}

/**
 * One of the shared self-contained functions, from the source text the parent sent.
 * @param {string} source
 */
function compile(source) {
  return new Function(`"use strict"; return (${source});`)();
}

/**
 * Node's own modules (fetch's undici, streams) schedule their I/O timeouts with the global timer
 * functions and call `.unref()` on the result; virtual, they broke `fetch` ("fastNowTimeout?.unref is
 * not a function"). Timers scheduled from a `node:` frame stay real; the handler's (and its
 * libraries') are virtual. Node's handles are objects, the virtual timers' ids numbers.
 */
function keepNodeTimersReal() {
  const virtual = { setTimeout, setInterval, clearTimeout, clearInterval };
  const byNode = () => /^\s*at (?:.*\()?node:/.test((new Error().stack ?? '').split('\n')[3] ?? '');
  /** @param {unknown} handle */
  const isNodeHandle = (handle) => typeof handle === 'object' && handle !== null;
  /** @template {Function} F @param {F} real @param {F} virtual @returns {F} */
  const byCaller = (real, virtual) =>
    /** @type {F} */ (
      /** @type {unknown} */ (
        (/** @type {unknown[]} */ ...args) => Reflect.apply(byNode() ? real : virtual, undefined, args)
      )
    );
  globalThis.setTimeout = byCaller(realTimers.setTimeout, virtual.setTimeout);
  globalThis.setInterval = byCaller(realTimers.setInterval, virtual.setInterval);
  globalThis.clearTimeout = (handle) =>
    (isNodeHandle(handle) ? realTimers.clearTimeout : virtual.clearTimeout)(handle);
  globalThis.clearInterval = (handle) =>
    (isNodeHandle(handle) ? realTimers.clearInterval : virtual.clearInterval)(handle);
}

/** @returns {Promise<Function | null>} */
async function loadHandler() {
  const imported = import(moduleUrl);
  // Top-level `await sleep(…)` must finish, so timers run while the module loads too, up to the init
  // phase limit in virtual time (a real-time limit in the parent covers loops and real waits).
  if (!(await runTimersUntil(imported, clock.now() + setup.initTimeoutMs))) {
    post({ type: 'load-timeout' });
    return null;
  }
  let module;
  try {
    module = await imported;
  } catch (error) {
    post({ type: 'load-error', message: `throws when imported: ${describeThrown(error).message}` });
    return null;
  }
  const handler = module.handler ?? module.default?.handler;
  if (typeof handler === 'function') return handler;
  post({
    type: 'load-error',
    message:
      'does not export a function named `handler` (export async function handler(event, context) { … })',
  });
  return null;
}

/**
 * Fires the virtual timers the way the sandbox does until `work` settles: after each real macrotask
 * (every pending microtask has run) the earliest timer due by `limit` fires and moves the clock to its
 * due time. Resolves to false when the next one is due after `limit`: a timeout, in virtual time.
 * @param {Promise<unknown>} work @param {number} limit
 */
async function runTimersUntil(work, limit) {
  let settled = false;
  const watched = work.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (;;) {
    await nextMacrotask();
    if (settled) return true;
    const fired = clock.fireNext(limit);
    if (fired === 'beyond') {
      clock.advanceTo(limit);
      return false;
    }
    // Nothing scheduled: real asynchronous work (files, sockets) may still settle it; the parent's
    // real-time limits bound this wait.
    if (fired === 'none') await Promise.race([watched, realDelay(5)]);
  }
}

/**
 * Calls the handler at the invocation's virtual start and runs its timers until it answers or a timer
 * is due after the function timeout.
 * @param {Function} handler @param {import('./handlerProtocol.ts').InvokeMessage} message
 */
async function invoke(handler, { id, event, timeoutMs, nowEpochMs }) {
  currentInvocation = id;
  // Never backwards: a warm environment whose handler slept past this start keeps its later time.
  clock.advanceTo(nowEpochMs);
  const limit = clock.now() + timeoutMs;
  const answer = (async () =>
    handler(
      event,
      lambdaContext(id, () => limit - clock.now()),
    ))();
  let inTime;
  try {
    inTime = await runTimersUntil(answer, limit);
  } finally {
    currentInvocation = null;
  }
  if (!inTime) {
    post({ type: 'timeout', id });
    return;
  }
  let value;
  try {
    // Lambda serialises the response as JSON: undefined becomes null, a cycle is a function error.
    value = JSON.parse(JSON.stringify((await answer) ?? null));
  } catch (error) {
    post({ type: 'error', id, ...describeThrown(error) });
    return;
  }
  post({ type: 'return', id, value });
}

/**
 * What a handler threw, the way Lambda reports it (`TypeError: x is not a function`), with the line in
 * the handler module where it was thrown when the stack shows it.
 * @param {unknown} thrown
 */
function describeThrown(thrown) {
  const text =
    thrown instanceof Error
      ? `${thrown.name}: ${thrown.message}`
      : typeof thrown === 'string'
        ? thrown
        : safeJson(thrown);
  const message = text.split('\n')[0] ?? text;
  const stack = thrown instanceof Error ? (thrown.stack ?? '') : '';
  const at = stack.indexOf(`${moduleUrl}:`);
  const match = at < 0 ? null : /^:(\d+):\d+/.exec(stack.slice(at + moduleUrl.length));
  return match ? { message, line: Number(match[1]) } : { message };
}

/** @param {unknown} value */
function safeJson(value) {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The `context` argument of a Node.js handler (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html),
 * its request id derived from the invocation number so runs stay reproducible; the remaining time is
 * virtual, like the sandbox's.
 * @param {number} invocation @param {() => number} remainingMs
 */
function lambdaContext(invocation, remainingMs) {
  const functionName = 'offset-lab-function';
  return {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '128',
    awsRequestId: `00000000-0000-4000-8000-${String(invocation).padStart(12, '0')}`,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/01/01/[$LATEST]offsetlab',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, remainingMs()),
  };
}
