import type { KafkaEvent } from './event/KafkaEvent.ts';

/**
 * The handler port: one invocation in, one answer out (issue 3). Answers may come later (a browser
 * sandbox, a Node worker); virtual time does not move while an answer is pending, so a run is
 * deterministic whatever the wall-clock speed of the handler.
 */
export interface HandlerRequest {
  invocation: number;
  attempt: number;
  event: KafkaEvent;
  timeoutMs: number;
  /**
   * Virtual ms since the scenario's start when the invocation starts (the `t` of its
   * `invocation.started` trace event), so a handler's `Date.now()` can be the simulation's clock.
   */
  t: number;
}

export type HandlerAnswer =
  | { kind: 'return'; value: unknown; logs?: string[] }
  | { kind: 'error'; message: string; logs?: string[]; line?: number }
  | { kind: 'timeout'; logs?: string[] };

export interface HandlerPort {
  invoke(req: HandlerRequest): Promise<HandlerAnswer>;
}
