/**
 * What each drawn element is, in words: used for hover and focus read-outs, SVG titles and the
 * lanes' accessible names ("committed offset 40: the next record this group will read").
 */
import type { LedgerSnapshot, PartitionBatch, PartitionLedger, Span } from './LedgerSnapshot.ts';
import type { CellState, Run } from './laneRuns.ts';
import { CLOSE_REASON, offsetsText } from './describeEvent.ts';
import { formatDuration } from './formatTime.ts';

export const CLOSED_BY_SHORT: Record<PartitionBatch['closedBy'], string> = {
  size: 'BatchSize',
  window: 'window',
  payload: '6 MB',
  immediate: 'window 0',
  retry: 'retry',
};

export const STATE_WORDS: Record<CellState, string> = {
  gone: 'deleted by log retention',
  committed: 'committed: this group will not read them again',
  pending: 'in the log, not yet committed',
  skipped: 'before the starting position: never read',
  batched: 'in the batch, waiting',
  invoking: 'being processed by the function now',
  failed: 'in a failed batch, waiting to be retried',
  filtered: 'filtered out: never sent, committed with the next success',
  discarded: 'discarded: given up on and sent to the on-failure destination',
};

const spansText = (spans: readonly Span[]): string => spans.map((s) => offsetsText(s.from, s.to)).join(', ');

export const committedText = (c: number): string =>
  `committed offset ${c}: the next record this group will read`;

export function attemptText(b: PartitionBatch, maxAttempts: number | null): string {
  return `attempt ${b.attempt}/${maxAttempts ?? '∞'}`;
}

export function batchText(b: PartitionBatch, maxAttempts: number | null): string {
  const status = {
    formed: 'waiting to be sent',
    invoking: 'being processed',
    failed: 'failed',
    'retry-scheduled': 'about to be retried',
  }[b.status];
  const halves = b.halves ? `; split in two: ${spansText(b.halves[0])} and ${spansText(b.halves[1])}` : '';
  return `batch #${b.batch} (${spansText(b.spans)}), closed because ${CLOSE_REASON[b.closedBy]}; ${status}, attempt ${b.attempt} of ${maxAttempts ?? 'unlimited'}${halves}`;
}

export function runText(p: PartitionLedger, r: Run): string {
  return `partition ${p.partition} ${offsetsText(r.from, r.to - 1)}: ${STATE_WORDS[r.state]}`;
}

/** The whole lane in one sentence: the lane's accessible name. */
export function laneSummary(p: PartitionLedger, s: LedgerSnapshot): string {
  const parts = [
    `Partition ${p.partition}: log offsets ${p.logStart}–${Math.max(p.logStart, p.logEnd - 1)}${p.logEnd === p.logStart ? ' (empty)' : ''}`,
    p.committed === null ? 'no committed offset' : committedText(p.committed),
    `lag ${p.lag}`,
  ];
  if (p.batch) parts.push(batchText(p.batch, s.limits.maxAttempts));
  const filtered = p.filtered.reduce((n, f) => n + f.to - f.from + 1, 0);
  const discarded = p.discarded.reduce((n, f) => n + f.to - f.from + 1, 0);
  if (filtered) parts.push(`${filtered} filtered out`);
  if (discarded) parts.push(`${discarded} discarded`);
  if (p.poller !== null) parts.push(`read by poller ${p.poller}`);
  return parts.join('; ') + '.';
}

export function groupText(s: LedgerSnapshot): string {
  const g = s.group;
  if (g.expiredAt !== null && g.expiresAt === null && g.empty)
    return `Consumer group ${g.id}: empty; its committed offsets were deleted at ${formatDuration(g.expiredAt)}.`;
  if (g.empty && g.expiresAt !== null)
    return `Consumer group ${g.id}: empty; its offsets are deleted in ${formatDuration(Math.max(0, g.expiresAt - s.t))} unless a consumer joins.`;
  return `Consumer group ${g.id}: ${g.empty ? 'empty' : 'active'}; offsets are kept while it has a member.`;
}
