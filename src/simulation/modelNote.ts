/**
 * Which of the run's modelling choices (the result's `model`, one per open question) an event
 * depends on, so the log can mark it "modelled" and say the choice. Keys are the engine's own.
 */
import type { TraceEvent } from '../engine/trace.ts';

function modelKey(e: TraceEvent): string | null {
  switch (e.type) {
    case 'batch.bisected':
      return 'bisect';
    case 'records.discarded':
      return e.reason === 'RetryAttemptsExhausted'
        ? 'retriesExhausted'
        : e.reason === 'RecordAgeExceeded'
          ? 'recordAge'
          : 'oversizeRecord';
    case 'records.filtered':
      return 'filteredPoll';
    case 'position.resolved':
      return e.invalidCommitted != null || e.source === 'LOG_START' ? 'invalidOffsetReset' : null;
    case 'invocation.ended':
      return e.outcome === 'partial' ? 'partialBatch' : null;
    case 'pollers.assigned':
      return 'partitionAssignment';
    case 'retry.scheduled':
      return 'retryDelay';
    default:
      return null;
  }
}

/** The modelling choice behind the event, as the run names it; null when it is documented behaviour. */
export function modelNote(e: TraceEvent, model: Readonly<Record<string, unknown>>): string | null {
  const key = modelKey(e);
  const note = key === null ? undefined : model[key];
  if (note !== undefined) return `${key}: ${String(note)}`;
  return e.rule.startsWith('Q') ? 'an open question: AWS does not document this behaviour' : null;
}
