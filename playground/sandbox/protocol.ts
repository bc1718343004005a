/**
 * The typed `postMessage` protocol between the playground page and the sandbox iframe (which relays
 * to the handler's worker). Every message that crosses the boundary is parsed by the functions below;
 * anything that does not match is dropped, because the other side runs untrusted code's neighbour.
 *
 * Page → sandbox: `configure` (new handler code, seed, budget), `invoke` (one Kafka event).
 * Sandbox → page: `ready` (handshake), `result` (one per invoke, always, even after a kill).
 */

/** Per-invocation input the sandbox needs beside the event; times are virtual. */
export interface InvokeContext {
  /** virtual wall-clock instant the invocation starts (ms since the Unix epoch) */
  nowEpochMs: number;
  /** the simulated Lambda timeout in virtual ms (the real-time kill switch is separate) */
  timeoutMs: number;
  functionName: string;
  awsRequestId: string;
}

export interface ConfigureMessage {
  type: 'configure';
  /** CommonJS JavaScript emitted by Monaco's TypeScript worker */
  code: string;
  seed: number;
  /** real-time kill switch per invocation, ms (architecture habit 8) */
  budgetMs: number;
}

export interface InvokeMessage {
  type: 'invoke';
  id: number;
  event: unknown;
  context: InvokeContext;
}

export type HostMessage = ConfigureMessage | InvokeMessage;

/**
 * How one invocation ended inside the sandbox.
 * `returned`/`threw`: the handler settled; `timeout`: virtual time passed the Lambda timeout;
 * `killed`: the real-time budget ran out (or the worker died) and the worker was terminated.
 */
export type SandboxOutcome = 'returned' | 'threw' | 'timeout' | 'killed';

export interface SandboxError {
  name: string;
  message: string;
  /** position in the emitted JavaScript (1-based), when the stack had a frame in the handler */
  line: number | null;
  column: number | null;
}

export interface ResultMessage {
  type: 'result';
  id: number;
  outcome: SandboxOutcome;
  /** the handler's response, already JSON-normalised; null when it returned nothing */
  value: unknown;
  error: SandboxError | null;
  logs: string[];
  /** virtual ms the invocation took (advanced only by virtual timers) */
  virtualMs: number;
}

export interface ReadyMessage {
  type: 'ready';
}

export type SandboxMessage = ReadyMessage | ResultMessage;

const OUTCOMES: readonly string[] = ['returned', 'threw', 'timeout', 'killed'];
const MAX_LOG_LINES = 200;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function parseError(x: unknown): SandboxError | null | undefined {
  if (x === null) return null;
  if (!isRecord(x) || typeof x.name !== 'string' || typeof x.message !== 'string') return undefined;
  const line = isCount(x.line) ? x.line : null;
  const column = isCount(x.column) ? x.column : null;
  return { name: x.name.slice(0, 200), message: x.message.slice(0, 2000), line, column };
}

/** Parses a message from the sandbox iframe; null when it is not a well-formed protocol message. */
export function parseSandboxMessage(data: unknown): SandboxMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === 'ready') return { type: 'ready' };
  if (data.type !== 'result') return null;
  if (!isCount(data.id) || typeof data.outcome !== 'string' || !OUTCOMES.includes(data.outcome)) return null;
  if (!Array.isArray(data.logs) || !data.logs.every((l) => typeof l === 'string')) return null;
  if (typeof data.virtualMs !== 'number' || !Number.isFinite(data.virtualMs) || data.virtualMs < 0)
    return null;
  const error = parseError(data.error);
  if (error === undefined) return null;
  return {
    type: 'result',
    id: data.id,
    outcome: data.outcome as SandboxOutcome,
    value: data.value ?? null,
    error,
    logs: data.logs.slice(0, MAX_LOG_LINES),
    virtualMs: data.virtualMs,
  };
}
