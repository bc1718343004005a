/**
 * Messages between the CLI and the worker thread that runs a user's handler module
 * (`handlerWorker.ts`). One invocation at a time; logs stream as they happen, so an invocation killed
 * for running too long still shows what it printed.
 */
import type { KafkaEvent } from '../engine/index.ts';

export interface WorkerSetup {
  /** file: URL of the handler module */
  moduleUrl: string;
}

export interface InvokeMessage {
  type: 'invoke';
  id: number;
  event: KafkaEvent;
  /** the simulated function timeout, for `context.getRemainingTimeInMillis()` */
  timeoutMs: number;
}

export type WorkerMessage =
  | { type: 'loaded' }
  | { type: 'load-error'; message: string }
  | { type: 'log'; id: number | null; line: string }
  | { type: 'return'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string; line?: number };
