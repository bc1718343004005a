import type { HandlerAnswer, HandlerPort, HandlerRequest } from '../../src/engine/handlerPort.ts';
import type { SandboxHost } from '../sandbox/SandboxHost.ts';
import type { SandboxOutcome } from '../sandbox/protocol.ts';

/** What the playground shows beside one invocation: the sandbox's own account of it. */
export interface InvocationLog {
  invocation: number;
  attempt: number;
  outcome: SandboxOutcome;
  logs: string[];
  error: string | null;
  /** line in the handler editor the error points at (1-based), when known */
  line: number | null;
}

export interface SandboxPortOptions {
  functionName: string;
  /** virtual epoch ms of scenario time 0 (`start`) */
  startEpochMs: number;
  /** emitted-JS line → editor line, from the emit's source map */
  mapLine: (emittedLine: number) => number | null;
}

/** A deterministic request id, so `context.awsRequestId` replays identically. */
function requestId(invocation: number, attempt: number): string {
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
  return `00000000-0000-4000-8000-${hex(invocation, 8)}${hex(attempt, 4)}`;
}

/**
 * The virtual wall-clock instant an invocation starts: scenario time 0 plus the engine's `t` for it,
 * so `Date.now()` in the handler reads the simulation's clock (deterministic, like the seeded RNG).
 */
export function invocationEpochMs(req: HandlerRequest, startEpochMs: number): number {
  return startEpochMs + req.t;
}

/**
 * The engine's `HandlerPort` backed by the browser sandbox: one invocation at a time, real Kafka
 * event in, answer out. A real-time kill counts as a timeout (spec §3 `handler`), and the worker
 * starts cold afterwards. Keeps the per-invocation logs for the results pane.
 */
export class SandboxHandlerPort implements HandlerPort {
  readonly log: InvocationLog[] = [];
  #host: SandboxHost;
  #options: SandboxPortOptions;

  constructor(host: SandboxHost, options: SandboxPortOptions) {
    this.#host = host;
    this.#options = options;
  }

  async invoke(req: HandlerRequest): Promise<HandlerAnswer> {
    const r = await this.#host.invoke(req.event, {
      nowEpochMs: invocationEpochMs(req, this.#options.startEpochMs),
      timeoutMs: req.timeoutMs,
      functionName: this.#options.functionName,
      awsRequestId: requestId(req.invocation, req.attempt),
    });
    const line = r.error?.line ? this.#options.mapLine(r.error.line) : null;
    const error = r.error ? `${r.error.name}: ${r.error.message}` : null;
    this.log.push({
      invocation: req.invocation,
      attempt: req.attempt,
      outcome: r.outcome,
      logs: r.logs,
      error,
      line,
    });
    switch (r.outcome) {
      case 'returned':
        return { kind: 'return', value: r.value, logs: r.logs };
      case 'threw':
        return line === null
          ? { kind: 'error', message: error ?? 'Error', logs: r.logs }
          : { kind: 'error', message: error ?? 'Error', logs: r.logs, line };
      case 'timeout':
      case 'killed':
        return { kind: 'timeout', logs: r.logs };
    }
  }
}
