import type { BatchCloseReason, OffsetRange } from '../trace.ts';

/** One partition's share of a unit of work: records to send and where to commit on success (R12). */
export interface WorkPart {
  partition: number;
  /** records sent, in offset order (filtered records removed, R10) */
  ranges: OffsetRange[];
  /** the offset committed when this part succeeds: last record + 1, or past trailing filtered ones */
  commitTo: number;
}

/** A set of records invoked together: a whole batch, a bisected half (R16) or a partial retry (R17). */
export interface Work {
  parts: WorkPart[];
  /** 1 for the first invocation of this set of records, +1 per retry */
  attempt: number;
  bisectDepth: number;
}

/** A batch from the moment it closes until every partition in it is released (R9). */
export interface BatchRun {
  id: number;
  poller: number;
  closedBy: BatchCloseReason;
  /** work still to invoke, front first */
  queue: Work[];
  /** partitions of the batch not yet released */
  partitions: Set<number>;
  /** set when the mapping stops polling: finish the current invocation, then give up the rest (Q12) */
  abandoning: boolean;
}

const rangesOfParts = new WeakMap<WorkPart[], OffsetRange[]>();

/** The records of a unit of work in event order (cached: parts never change once built). */
export function workRanges(work: Work): OffsetRange[] {
  let ranges = rangesOfParts.get(work.parts);
  if (!ranges) {
    ranges = work.parts.length === 1 ? work.parts[0]!.ranges : work.parts.flatMap((p) => p.ranges);
    rangesOfParts.set(work.parts, ranges);
  }
  return ranges;
}
