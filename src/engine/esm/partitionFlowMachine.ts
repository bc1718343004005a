import { assign, setup } from 'xstate';

/**
 * One partition's way through the ESM (facts "Simulator rules"): assigned to a poller, its start
 * position resolved (R6), polled and batched (R8–R11), then, per invocation outcome, committed (R12),
 * retried whole (R13), discarded after the retry budget (R14, R15), bisected (R16) or partly retried
 * after a partial batch response (R17). The engine's virtual clock drives it; the guards decide from
 * the facts the engine puts on `invocation.ended`, so the machine is the decision table the diagrams
 * show and the tests walk.
 */
export interface InvocationEndedEvent {
  type: 'invocation.ended';
  outcome: 'success' | 'error' | 'timeout' | 'partial';
  /** R17: this partition has records listed in an honoured batchItemFailures response */
  failedHere: boolean;
  /** R16: bisect is on and the failed set has more than one record */
  canBisect: boolean;
  /** R14: the failed set has used 1 + effective MaximumRetryAttempts invocations */
  retriesExhausted: boolean;
}

export type PartitionFlowEvent =
  | { type: 'partition.assigned'; poller: number }
  | { type: 'position.resolved'; offset: number }
  | { type: 'batch.formed'; batch: number }
  | { type: 'invocation.started' }
  | InvocationEndedEvent
  | { type: 'offsets.committed' }
  | { type: 'records.discarded' }
  | { type: 'partition.released' }
  | { type: 'partition.revoked' };

export interface PartitionFlowContext {
  partition: number;
  poller: number | null;
  invocations: number;
  failures: number;
}

export const partitionFlowMachine = setup({
  types: {
    context: {} as PartitionFlowContext,
    events: {} as PartitionFlowEvent,
    input: {} as { partition: number },
  },
  guards: {
    succeeded: ({ event }) => event.type === 'invocation.ended' && event.outcome === 'success',
    partialFailedHere: ({ event }) =>
      event.type === 'invocation.ended' && event.outcome === 'partial' && event.failedHere,
    partialSucceededHere: ({ event }) => event.type === 'invocation.ended' && event.outcome === 'partial',
    canBisect: ({ event }) => event.type === 'invocation.ended' && event.canBisect,
    retriesExhausted: ({ event }) => event.type === 'invocation.ended' && event.retriesExhausted,
  },
  actions: {
    rememberPoller: assign({
      poller: ({ event }) => (event.type === 'partition.assigned' ? event.poller : null),
    }),
    forgetPoller: assign({ poller: () => null }),
    countInvocation: assign({ invocations: ({ context }) => context.invocations + 1 }),
    countFailure: assign({ failures: ({ context }) => context.failures + 1 }),
  },
}).createMachine({
  id: 'partitionFlow',
  context: ({ input }) => ({ partition: input.partition, poller: null, invocations: 0, failures: 0 }),
  initial: 'unassigned',
  states: {
    unassigned: {
      on: { 'partition.assigned': { target: 'resolvingPosition', actions: 'rememberPoller' } },
    },
    /** R6: committed offset if valid, else StartingPosition (Q5) */
    resolvingPosition: {
      on: {
        'position.resolved': 'polling',
        'partition.revoked': { target: 'unassigned', actions: 'forgetPoller' },
      },
    },
    /** R8, R10: waiting for records or a batching window; filtered records are skipped here */
    polling: {
      on: {
        'batch.formed': 'invoking',
        'position.resolved': 'polling',
        'partition.revoked': { target: 'unassigned', actions: 'forgetPoller' },
      },
    },
    /** R9: at most one batch in flight per partition; the partition is blocked */
    invoking: {
      entry: 'countInvocation',
      on: {
        'invocation.ended': [
          { guard: 'succeeded', target: 'committing' },
          { guard: 'partialFailedHere', target: 'retryingFailedItems' },
          { guard: 'partialSucceededHere', target: 'committing' },
          { guard: 'canBisect', target: 'bisecting', actions: 'countFailure' },
          { guard: 'retriesExhausted', target: 'discarding', actions: 'countFailure' },
          { target: 'retrying', actions: 'countFailure' },
        ],
      },
    },
    /** R12: commit last offset + 1 (filtered records included) */
    committing: {
      on: {
        'offsets.committed': 'committing',
        'invocation.started': 'invoking',
        'partition.released': 'polling',
      },
    },
    /** R13: the same records again */
    retrying: {
      on: {
        'invocation.started': 'invoking',
        'records.discarded': 'discarding',
        'partition.released': 'polling',
      },
    },
    /** R16: halves retried separately */
    bisecting: { on: { 'invocation.started': 'invoking', 'partition.released': 'polling' } },
    /** R17: commit below the lowest failure, retry the rest (Q1) */
    retryingFailedItems: {
      on: {
        'offsets.committed': 'retryingFailedItems',
        'invocation.started': 'invoking',
        'records.discarded': 'discarding',
        'partition.released': 'polling',
      },
    },
    /** R14, R15: to the on-failure destination (or dropped), then commit past */
    discarding: {
      on: {
        'offsets.committed': 'committing',
        'invocation.started': 'invoking',
        'partition.released': 'polling',
      },
    },
  },
});
