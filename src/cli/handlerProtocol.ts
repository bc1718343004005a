/**
 * Messages between the CLI and the worker thread that runs a user's handler module
 * (`handlerWorker.mjs`). One invocation at a time; logs stream as they happen, so an invocation killed
 * for running too long still shows what it printed.
 */
import type { KafkaEvent } from '../engine/index.ts';

export interface WorkerSetup {
  /** file: URL of the handler module */
  moduleUrl: string;
  /**
   * Seed of this execution environment's `Math.random`: the scenario's seed plus the number of
   * environments discarded before it, as the playground's sandbox seeds each fresh worker.
   */
  seed: number;
  /** virtual epoch ms the clock reads while the module loads (its cold start) */
  loadEpochMs: number;
  /** Lambda's init phase limit, ms: the module's top-level timers may run this far in virtual time */
  initTimeoutMs: number;
  /**
   * Source text of the shared `installVirtualTime` and `installSeededRandom` (src/sandbox/), the
   * same functions the browser sandbox runs; text, so the plain-JavaScript worker needs no type stripper.
   */
  installVirtualTime: string;
  installSeededRandom: string;
}

export interface InvokeMessage {
  type: 'invoke';
  id: number;
  event: KafkaEvent;
  /** the simulated function timeout: `context.getRemainingTimeInMillis()` and the virtual timeout */
  timeoutMs: number;
  /** virtual epoch ms the invocation starts: the scenario's `start` plus the engine's `t` */
  nowEpochMs: number;
}

export type WorkerMessage =
  | { type: 'loaded' }
  | { type: 'load-error'; message: string }
  /** the module's top-level timers ran past the init phase limit (virtual time) */
  | { type: 'load-timeout' }
  | { type: 'log'; id: number | null; line: string }
  | { type: 'return'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string; line?: number }
  /** the handler's virtual timers ran past the function timeout (the worker is then discarded) */
  | { type: 'timeout'; id: number };
