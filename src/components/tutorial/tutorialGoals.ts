/**
 * The goals of the tutorial "Your first poison pill", evaluated on the partition's progress at the
 * playback cursor. A goal is met only by what the reader has actually played, never by the
 * configuration alone.
 */
import type { PillProgress } from './pillProgress.ts';

export interface GoalStatus {
  met: boolean;
  /** one sentence on where the reader stands, shown beside the goal and announced when it changes */
  detail: string;
}

export interface PoisonPillTarget {
  partition: number;
  /** the poison pill's offset: where the partition must stall */
  offset: number;
  /** failed deliveries that count as "stalled": the first try and at least one retry */
  failedAttempts: number;
}

export const FIRST_POISON_PILL: PoisonPillTarget = { partition: 0, offset: 5, failedAttempts: 2 };

/** Goal 1: the commit sits at the pill's offset while the pill keeps failing (R12, R13). */
export function stalledAtPill(progress: PillProgress, target: PoisonPillTarget): GoalStatus {
  const { committed, pillFailures } = progress;
  const met = committed === target.offset && pillFailures >= target.failedAttempts;
  const where =
    committed === null
      ? `partition ${target.partition} has no commit yet`
      : `partition ${target.partition} is committed at ${committed}`;
  return {
    met,
    detail: met
      ? `Stalled: ${where} and offset ${target.offset} has failed ${pillFailures} times.`
      : `Not yet: ${where}, and offset ${target.offset} has failed ${Math.min(pillFailures, target.failedAttempts)} of ${target.failedAttempts} times.`,
  };
}

/**
 * Goal 2: the commit has moved past the pill, and no record below it was dropped: each was processed
 * or sent to an on-failure destination (R12, R14).
 */
export function unblockedWithoutLoss(progress: PillProgress, target: PoisonPillTarget): GoalStatus {
  const committed = progress.committed ?? 0;
  if (committed <= target.offset)
    return {
      met: false,
      detail: `Still blocked: partition ${target.partition} is committed at ${committed}.`,
    };
  const lost = progress.dropped;
  if (lost.length > 0)
    return {
      met: false,
      detail: `Unblocked, but ${lost.length} record${lost.length === 1 ? ' was' : 's were'} lost (offsets ${formatOffsets(lost)}): dropped without a destination.`,
    };
  const parked = progress.parked;
  return {
    met: true,
    detail: `Unblocked at ${committed} with nothing lost${parked ? `; ${parked} record${parked === 1 ? '' : 's'} sent to the destination` : ''}.`,
  };
}

/** "5–9, 12" */
export function formatOffsets(offsets: readonly number[]): string {
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
