/**
 * Each trace event as one plain-English sentence: the words beside the pictures. Sentences name
 * offsets and partitions exactly as the lanes draw them, so the log and the lanes can be checked
 * against each other.
 */
import type {
  BatchCloseReason,
  OffsetRange,
  PositionSource,
  TraceEvent,
  TraceEventOf,
} from '../engine/trace.ts';
import { formatDuration } from './formatTime.ts';

export const offsetsText = (from: number, to: number): string =>
  from === to ? `offset ${from}` : `offsets ${from}–${to}`;

/** "partition 0 offsets 0–9, partition 1 offset 4" */
export function rangesText(ranges: readonly OffsetRange[]): string {
  if (ranges.length === 0) return 'no records';
  return ranges.map((r) => `partition ${r.partition} ${offsetsText(r.from, r.to)}`).join(', ');
}

const count = (ranges: readonly OffsetRange[]): number => ranges.reduce((n, r) => n + r.to - r.from + 1, 0);
const records = (n: number): string => `${n} record${n === 1 ? '' : 's'}`;

export const CLOSE_REASON: Record<BatchCloseReason, string> = {
  size: 'it reached BatchSize',
  window: 'the batching window elapsed',
  payload: 'the next record would push it over 6 MB',
  immediate: 'the batching window is 0, so whatever was available goes at once',
  retry: 'its records are being retried',
};

const START: Record<PositionSource, string> = {
  committed: "the group's committed offset; StartingPosition is ignored",
  TRIM_HORIZON: 'the oldest retained record (StartingPosition TRIM_HORIZON)',
  LATEST: 'the log end (StartingPosition LATEST): records already in the log are not read',
  AT_TIMESTAMP: 'the first record at or after StartingPositionTimestamp (AT_TIMESTAMP)',
  LOG_START: 'the log start, whatever StartingPosition says',
};

export interface DescribeContext {
  /** the offsets-retention period, for the group's clock */
  offsetsRetentionMs: number;
}

export function describeEvent(e: TraceEvent, ctx: DescribeContext): string {
  switch (e.type) {
    case 'records.produced': {
      const n = e.to - e.from + 1;
      const pace = e.every > 0 && n > 1 ? `, one every ${formatDuration(e.every)}` : '';
      return `Producers append ${records(n)} to partition ${e.partition} (${offsetsText(e.from, e.to)})${pace}.`;
    }
    case 'log.truncated':
      return `Log retention deletes old records of partition ${e.partition}: the log now starts at offset ${e.logStart}.`;
    case 'mapping.state':
      return `The mapping ${e.from ? `goes from ${e.from} to ${e.to}` : `is ${e.to}`}${e.reason ? `: ${e.reason}` : ''}.`;
    case 'action': {
      const detail = e.detail
        ? ` (${Object.entries(e.detail)
            .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
            .join(', ')})`
        : '';
      return `Operator action: ${e.do} the mapping${detail}.`;
    }
    case 'pollers.assigned': {
      const owners = e.pollers.map(
        (ps, i) =>
          `poller ${i} owns ${ps.length ? `partition${ps.length > 1 ? 's' : ''} ${ps.join(', ')}` : 'nothing'}`,
      );
      return `${e.rebalance ? 'Rebalance: ' : ''}${owners.join('; ') || 'No pollers run'}.`;
    }
    case 'position.resolved': {
      const why =
        e.invalidCommitted != null ? ` The committed offset ${e.invalidCommitted} was no longer valid.` : '';
      return `Partition ${e.partition} starts reading at offset ${e.offset}: ${START[e.source]}.${why}`;
    }
    case 'offsets.expired':
      return `The consumer group ${e.group} stayed empty longer than offsets retention (${formatDuration(ctx.offsetsRetentionMs)}): Kafka deletes its committed offsets for partition${e.partitions.length === 1 ? '' : 's'} ${e.partitions.join(', ')}.`;
    case 'group.membership':
      return e.empty
        ? `The consumer group ${e.group} has no active member: its offsets will be deleted if it stays empty for ${formatDuration(ctx.offsetsRetentionMs)}.`
        : `The consumer group ${e.group} has an active member again: its offsets no longer expire.`;
    case 'records.filtered':
      return `${rangesText(e.ranges).replace(/^p/, 'P')} match${count(e.ranges) === 1 ? 'es' : ''} no filter: never sent to the function, committed with the next successful invocation.`;
    case 'batch.formed':
      return `Batch #${e.batch} closes with ${records(e.records)} (${rangesText(e.ranges)}) because ${CLOSE_REASON[e.closedBy]}.`;
    case 'invocation.started': {
      const half = e.bisectDepth > 0 ? `, a bisected part at depth ${e.bisectDepth}` : '';
      return `Invocation #${e.invocation} sends ${rangesText(e.ranges)} from batch #${e.batch} (attempt ${e.attempt}${half}).`;
    }
    case 'invocation.ended':
      return describeOutcome(e);
    case 'batch.bisected':
      return `Batch #${e.batch} is split in two, ${rangesText(e.halves[0])} and ${rangesText(e.halves[1])}; each half is retried on its own.`;
    case 'retry.scheduled':
      return `Batch #${e.batch} will be sent again (attempt ${e.attempt}): ${rangesText(e.ranges)}.`;
    case 'offsets.committed':
      return `The group commits offset ${e.offset} for partition ${e.partition}: the next record it will read${e.from === null ? '' : ` (was ${e.from})`}.`;
    case 'records.discarded': {
      const where = e.destination
        ? `sent to ${e.destination}`
        : 'dropped: there is no on-failure destination';
      return `${rangesText(e.ranges).replace(/^p/, 'P')} ${count(e.ranges) === 1 ? 'is' : 'are'} discarded (${e.reason}) and ${where}.`;
    }
    case 'warning':
      return `Warning: ${e.message}`;
    case 'run.ended':
      return 'The simulated time is over.';
  }
}

function describeOutcome(e: TraceEventOf<'invocation.ended'>): string {
  switch (e.outcome) {
    case 'success':
      return `Invocation #${e.invocation} succeeds.`;
    case 'error':
      return `Invocation #${e.invocation} fails with a function error${e.message ? `: ${e.message}` : ''}.`;
    case 'timeout':
      return `Invocation #${e.invocation} times out${e.message ? `: ${e.message}` : ''}, which counts as a function error.`;
    case 'partial': {
      const listed = (e.failures ?? []).map((f) => `partition ${f.partition} offset ${f.offset}`).join(', ');
      return `Invocation #${e.invocation} returns batchItemFailures: ${listed || 'none'}.`;
    }
  }
}
