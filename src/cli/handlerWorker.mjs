// @ts-check
/**
 * Runs inside a worker thread: loads the handler module once (a warm Lambda execution environment keeps
 * module-level state between invocations, scenario spec §3) and answers each invocation. The parent
 * (`workerHandler.ts`) kills this thread when an invocation runs too long and starts a fresh one for the
 * next invocation. Plain JavaScript on purpose: a .ts worker would pay Node's type-stripper start-up
 * (about half a second) on every cold start; messages are typed in `handlerProtocol.ts`.
 */
import { format } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { moduleUrl } = /** @type {{ moduleUrl: string }} */ (workerData);
/** @type {number | null} */
let currentInvocation = null;
/** @param {unknown} message */
const post = (message) => port.postMessage(message);

// Console output belongs to the invocation that printed it; it never reaches the CLI's stdout.
for (const level of /** @type {const} */ (['log', 'info', 'warn', 'error', 'debug', 'trace'])) {
  console[level] = (...args) => post({ type: 'log', id: currentInvocation, line: format(...args) });
}

const handler = await loadHandler();
if (handler) {
  post({ type: 'loaded' });
  port.on('message', (message) => void invoke(handler, message));
}

/** @returns {Promise<Function | null>} */
async function loadHandler() {
  let module;
  try {
    module = await import(moduleUrl);
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

/** @param {Function} handler @param {{ id: number, event: unknown, timeoutMs: number }} message */
async function invoke(handler, { id, event, timeoutMs }) {
  currentInvocation = id;
  try {
    const value = await handler(event, lambdaContext(id, timeoutMs));
    // Lambda serialises the response as JSON: undefined becomes null, a cycle is a function error.
    post({ type: 'return', id, value: JSON.parse(JSON.stringify(value ?? null)) });
  } catch (error) {
    post({ type: 'error', id, ...describeThrown(error) });
  } finally {
    currentInvocation = null;
  }
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
 * its request id derived from the invocation number so runs stay reproducible.
 * @param {number} invocation @param {number} timeoutMs
 */
function lambdaContext(invocation, timeoutMs) {
  const startedAt = performance.now();
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
    getRemainingTimeInMillis: () => Math.max(0, Math.round(timeoutMs - (performance.now() - startedAt))),
  };
}
