import { setup } from 'xstate';

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
}

/**
 * Actions are named steps of the protocol; the engine performs them (the machine stays pure, so the
 * same config drives the diagrams, the graph tests and the engine's fast runner).
 */
const step = () => {};

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
    resolvePosition: step,
    blockPartition: step,
    invokeFunction: step,
    commitOffsets: step,
    commitBelowFailure: step,
    retryFailedItems: step,
    retryBatch: step,
    bisectBatch: step,
    discardRecords: step,
    unblockPartition: step,
  },
}).createMachine({
  id: 'partitionFlow',
  context: ({ input }) => ({ partition: input.partition }),
  initial: 'unassigned',
  states: {
    unassigned: {
      on: { 'partition.assigned': { target: 'resolvingPosition', actions: 'resolvePosition' } },
    },
    /** R6: committed offset if valid, else StartingPosition (Q5) */
    resolvingPosition: {
      on: { 'position.resolved': 'polling', 'partition.revoked': 'unassigned' },
    },
    /** R8, R10: waiting for records or a batching window; filtered records are skipped here */
    polling: {
      on: {
        'batch.formed': { target: 'invoking', actions: 'blockPartition' },
        'position.resolved': 'polling',
        'partition.revoked': 'unassigned',
      },
    },
    /** R9: at most one batch in flight per partition; the partition is blocked */
    invoking: {
      entry: 'invokeFunction',
      on: {
        'invocation.ended': [
          { guard: 'succeeded', target: 'committing', actions: 'commitOffsets' },
          {
            guard: 'partialFailedHere',
            target: 'retryingFailedItems',
            actions: ['commitBelowFailure', 'retryFailedItems'],
          },
          { guard: 'partialSucceededHere', target: 'committing', actions: 'commitOffsets' },
          { guard: 'canBisect', target: 'bisecting', actions: 'bisectBatch' },
          { guard: 'retriesExhausted', target: 'discarding', actions: 'discardRecords' },
          { target: 'retrying', actions: 'retryBatch' },
        ],
      },
    },
    /** R12: commit last offset + 1 (filtered records included) */
    committing: {
      on: {
        'offsets.committed': 'committing',
        'invocation.started': 'invoking',
        'partition.released': { target: 'polling', actions: 'unblockPartition' },
      },
    },
    /** R13: the same records again */
    retrying: {
      on: {
        'invocation.started': 'invoking',
        'records.discarded': 'discarding',
        'partition.released': { target: 'polling', actions: 'unblockPartition' },
      },
    },
    /** R16: halves retried separately */
    bisecting: {
      on: {
        'invocation.started': 'invoking',
        'partition.released': { target: 'polling', actions: 'unblockPartition' },
      },
    },
    /** R17: commit below the lowest failure, retry the rest (Q1) */
    retryingFailedItems: {
      on: {
        'offsets.committed': 'retryingFailedItems',
        'invocation.started': 'invoking',
        'records.discarded': { target: 'discarding', actions: 'discardRecords' },
        'partition.released': { target: 'polling', actions: 'unblockPartition' },
      },
    },
    /** R14, R15: to the on-failure destination (or dropped), then commit past */
    discarding: {
      on: {
        'offsets.committed': 'committing',
        'invocation.started': 'invoking',
        'partition.released': { target: 'polling', actions: 'unblockPartition' },
      },
    },
  },
});
