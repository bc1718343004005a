/* eslint-disable @typescript-eslint/no-explicit-any -- rewires a foreign global scope */
/**
 * Replaces `Date`, `performance.now` and the timer functions of a worker scope with virtual ones, so
 * a handler sees the simulation's clock and never real time (architecture habit 1). Timers do not
 * fire by themselves: the invocation driver fires them in `(due, sequence)` order, advancing the clock
 * to each one, so `await sleep(5000)` costs no real time and is fully reproducible.
 *
 * Self-contained on purpose: its source text is shipped into both handler workers, the browser
 * sandbox's (playground/sandbox/workerSource.ts) and the CLI's (src/cli/handlerWorker.mjs), so it must
 * not reference anything outside its own body.
 */
export interface VirtualTime {
  now(): number;
  /** moves the clock to `epochMs` (never backwards) */
  advanceTo(epochMs: number): void;
  /** fires the earliest timer due at or before `limitEpochMs`; `none` if none is pending */
  fireNext(limitEpochMs: number): 'fired' | 'none' | 'beyond';
}

export function installVirtualTime(scope: any, startEpochMs: number): VirtualTime {
  const RealDate = scope.Date;
  const origin = startEpochMs;
  let now = startEpochMs;

  function VirtualDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(now).toString();
    return args.length === 0 ? new RealDate(now) : new RealDate(...args);
  }
  VirtualDate.prototype = RealDate.prototype;
  VirtualDate.now = () => now;
  VirtualDate.parse = RealDate.parse;
  VirtualDate.UTC = RealDate.UTC;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: VirtualDate, configurable: true });
  scope.Date = VirtualDate;
  if (scope.performance) {
    Object.defineProperty(scope.performance, 'now', { value: () => now - origin, configurable: true });
    Object.defineProperty(scope.performance, 'timeOrigin', { value: origin, configurable: true });
  }

  interface Timer {
    due: number;
    seq: number;
    fn: (...a: unknown[]) => void;
    args: unknown[];
    every: number | null;
  }
  const timers = new Map<number, Timer>();
  let seq = 0;
  let nextId = 1;
  function schedule(fn: unknown, ms: unknown, args: unknown[], repeat: boolean): number {
    if (typeof fn !== 'function') {
      throw new TypeError('setTimeout/setInterval take a function here (code strings are not evaluated)');
    }
    const delay = Math.max(0, Number(ms) || 0);
    const id = nextId++;
    timers.set(id, {
      due: now + delay,
      seq: seq++,
      fn: fn as Timer['fn'],
      args,
      every: repeat ? Math.max(1, delay) : null,
    });
    return id;
  }
  const clear = (id: unknown) => void timers.delete(Number(id));
  scope.setTimeout = (fn: unknown, ms?: unknown, ...args: unknown[]) => schedule(fn, ms, args, false);
  scope.setInterval = (fn: unknown, ms?: unknown, ...args: unknown[]) => schedule(fn, ms, args, true);
  scope.clearTimeout = clear;
  scope.clearInterval = clear;

  return {
    now: () => now,
    advanceTo(epochMs) {
      now = Math.max(now, epochMs);
    },
    fireNext(limitEpochMs) {
      let nextKey: number | null = null;
      let next: Timer | null = null;
      for (const [key, t] of timers) {
        if (!next || t.due < next.due || (t.due === next.due && t.seq < next.seq)) {
          next = t;
          nextKey = key;
        }
      }
      if (!next || nextKey === null) return 'none';
      if (next.due > limitEpochMs) return 'beyond';
      now = Math.max(now, next.due);
      if (next.every === null) timers.delete(nextKey);
      else timers.set(nextKey, { ...next, due: next.due + next.every, seq: seq++ });
      next.fn(...next.args);
      return 'fired';
    },
  };
}
