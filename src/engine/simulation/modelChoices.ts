import type { ModelOptions } from '../scenario/Scenario.ts';

/**
 * Every modelling choice the engine makes where AWS is silent (facts sheet "Open questions"), resolved
 * from the scenario's `model:` key with defaults, and named in the result's `model` object.
 */
export interface ModelChoices {
  partialBatch: 'retry-from-lowest' | 'retry-listed-only';
  invalidOffsetReset: 'starting-position' | 'log-start';
  startupDelayMs: number;
  updateDelayMs: number;
  /** Q4: a poll whose records were all filtered out */
  filteredPoll: 'commit-with-next-invocation' | 'commit-immediately';
  /** R13: virtual time between a failed invocation's end and its retry */
  retryDelayMs: number;
  /** R19, R20: per-poller concurrent invocations */
  pollerConcurrency: number;
  /** R19: delay between a scaling evaluation and the new poller count */
  scalingDelayMs: number;
  /** Q12: what happens to an invocation in flight when polling stops (disable, update, delete) */
  disableInFlight: 'finish-and-commit' | 'redeliver';
}

export function resolveModel(options: ModelOptions): ModelChoices {
  return {
    partialBatch: options.partialBatch ?? 'retry-from-lowest',
    invalidOffsetReset: options.invalidOffsetReset ?? 'starting-position',
    startupDelayMs: nonNegative(options.startupDelayMs, 0),
    updateDelayMs: nonNegative(options.updateDelayMs, 0),
    filteredPoll:
      options['filteredPoll'] === 'commit-immediately' ? 'commit-immediately' : 'commit-with-next-invocation',
    retryDelayMs: nonNegative(options['retryDelayMs'], 0),
    pollerConcurrency: Math.max(1, Math.floor(nonNegative(options['pollerConcurrency'], 5))),
    scalingDelayMs: nonNegative(options['scalingDelayMs'], 60_000),
    disableInFlight: options['disableInFlight'] === 'redeliver' ? 'redeliver' : 'finish-and-commit',
  };
}

/** The `model` object of the result: each open question and the answer this run used. */
export function describeModel(m: ModelChoices): Record<string, string> {
  return {
    partialBatch:
      m.partialBatch === 'retry-from-lowest'
        ? 'retry-from-lowest-failed-offset (Q1): commit below the lowest reported failure per partition, re-deliver from it'
        : 'retry-listed-only (Q1): retry only the reported records, then commit past the batch',
    invalidOffsetReset:
      m.invalidOffsetReset === 'starting-position'
        ? 'starting-position (Q5, 2023 announcement): an expired or out-of-range offset falls back to StartingPosition'
        : 'log-start (Q5, 2022 announcement): an expired or out-of-range offset falls back to the log start',
    startupDelay: `${m.startupDelayMs} ms between create/enable and the first poll (R6; AWS: several minutes)`,
    updateDelay: `${m.updateDelayMs} ms before an update restarts polling (R23; AWS: up to 90 s)`,
    filteredPoll:
      m.filteredPoll === 'commit-with-next-invocation'
        ? 'commit-with-next-invocation (Q4): offsets of a poll that is entirely filtered out are committed by the next successful invocation of that partition'
        : 'commit-immediately (Q4): offsets of a poll that is entirely filtered out are committed at once',
    discardCommit:
      'after-destination (Q4): discarded records are sent first, then the offset moves past them',
    retryDelay: `${m.retryDelayMs} ms between a failed invocation and its retry (R13; AWS does not document a backoff)`,
    bisect:
      'halves (Q9): split by record count in event order; each half starts a fresh attempt count, so bisecting uses no retries; a single failing record uses the retry budget (R16)',
    recordAge: 'record timestamp, CREATE_TIME (Q6); condition RecordAgeExceeded (Q7)',
    retriesExhausted: 'condition RetryAttemptsExhausted (Q7, SQS/SNS spelling)',
    oversizeRecord:
      'skipped: sent to the destination with MaximumPayloadSizeExceeded, or dropped without one (Q8, R11)',
    disableInFlight:
      m.disableInFlight === 'finish-and-commit'
        ? 'finish-and-commit (Q12): an invocation in flight when polling stops (disable, update, delete) ends normally and its success is committed; retries are not continued'
        : 'redeliver (Q12): an invocation in flight when polling stops ends, but nothing is committed; its records are delivered again after restart',
    batchingWindow:
      'opens when a poller has a record to send (Q13); BatchSize and 6 MB count the whole payload across partitions',
    payloadLimit: '6 MB = 6291456 bytes of record values (R8, R11)',
    pollers: `on-demand: 1 poller; provisioned: MinimumPollers (≤ partitions); ${m.pollerConcurrency} concurrent invocations per poller, at most one per partition (R9, R19, R20)`,
    partitionAssignment: 'range assignor: contiguous partitions per poller (Q10)',
    scaling: `lag evaluated every 60 s; desired pollers = lag ÷ (BatchSize × ${m.pollerConcurrency}), scale up at once, down by one per evaluation, applied ${m.scalingDelayMs} ms later; Min = Max never scales (R19, R20)`,
    rebalance:
      'idle partitions restart from the committed offset on their new poller; a partition with a batch in flight moves when the batch is done (R19, Q10)',
    logRetention: 'per record: a record is deleted when its age reaches topic.retention (R7)',
    retentionDuringRetry:
      'abandon-and-reposition (Q5): a batch whose records were deleted by retention while retried is dropped and the partition resolves its position again (R6, R13)',
    offsetsRetention:
      'offsets of a group with no active mapping expire offsetsRetention after it became empty (R7)',
  };
}

function nonNegative(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
