/**
 * The goals of the tutorial "Your first poison pill", checked against the live simulation's trace up to
 * the playback cursor. A goal is met only by what the reader has actually played, never by the
 * configuration alone.
 */
import type { TraceEvent } from '../../engine/trace.ts';
import { foldPartitionFates, lostOffsets } from './recordFates.ts';

export interface GoalStatus {
  met: boolean;
  /** one sentence on where the reader stands, for the goal list and its live region */
  detail: string;
}

export interface PoisonPillTarget {
  partition: number;
  /** the offset the partition must stall at (the poison pill's offset) */
  offset: number;
  /** failed deliveries of the pill that count as "stalled": the first try plus at least one retry */
  failedAttempts: number;
}

export const FIRST_POISON_PILL: PoisonPillTarget = { partition: 0, offset: 5, failedAttempts: 2 };

/** Goal 1: the partition's commit sits at the pill's offset while the pill keeps failing (R13). */
export function stalledAtPill(events: readonly TraceEvent[], target: PoisonPillTarget): GoalStatus {
  const fates = foldPartitionFates(events, target.partition);
  const failures = fates.failedDeliveries.get(target.offset) ?? 0;
  const met = fates.committed === target.offset && failures >= target.failedAttempts;
  const where = `partition ${target.partition} is committed at ${fates.committed ?? 'nothing yet'}`;
  return {
    met,
    detail: met
      ? `Stalled: ${where} and offset ${target.offset} has failed ${failures} times.`
      : `Not yet: ${where}; offset ${target.offset} has failed ${failures} of ${target.failedAttempts} times.`,
  };
}

/**
 * Goal 2: the commit has moved past the pill and every record below the commit was either processed
 * or sent to an on-failure destination (R12, R14). Dropped or skipped records fail the goal.
 */
export function unblockedWithoutLoss(events: readonly TraceEvent[], target: PoisonPillTarget): GoalStatus {
  const fates = foldPartitionFates(events, target.partition);
  const committed = fates.committed ?? 0;
  const lost = lostOffsets(fates);
  if (committed <= target.offset)
    return {
      met: false,
      detail: `Still blocked: partition ${target.partition} is committed at ${committed}.`,
    };
  if (lost.length > 0)
    return {
      met: false,
      detail: `Unblocked, but ${lost.length} record${lost.length === 1 ? ' was' : 's were'} lost (offsets ${formatOffsets(lost)}): dropped without a destination.`,
    };
  const parked = fates.toDestination.size;
  return {
    met: true,
    detail: `Unblocked at ${committed} with nothing lost${parked ? `; ${parked} record${parked === 1 ? '' : 's'} sent to the destination` : ''}.`,
  };
}

function formatOffsets(offsets: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < offsets.length) {
    let j = i;
    while (j + 1 < offsets.length && offsets[j + 1] === offsets[j]! + 1) j++;
    parts.push(i === j ? `${offsets[i]}` : `${offsets[i]}–${offsets[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
