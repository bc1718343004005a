import type { OffsetRange } from '../trace.ts';
import { recordValue } from '../kafka/recordContent.ts';
import { resolvePosition } from './polling.ts';
import type { Simulation } from './Simulation.ts';
import { appendRange } from './offsetRanges.ts';

/** R8, R11: Lambda's invocation payload limit, counted on record values. */
export const PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;

export interface PartitionTake {
  ranges: OffsetRange[];
  filtered: OffsetRange[];
  records: number;
  bytes: number;
  /** the next record would not fit in the payload */
  payloadFull: boolean;
  /** the fetch position after this take (filtered records included) */
  position: number;
}

/**
 * Reads partition p from its fetch position, the way a poll does (R8–R11, R15): records that match no
 * filter are skipped (R10), records already older than MaximumRecordAgeInSeconds are discarded (R15),
 * a record that can never fit in 6 MB is discarded (R11), and matching records are taken in offset
 * order until `maxRecords` or the payload limit. Discards happen here and commit past themselves,
 * because they always precede the records taken from this partition.
 */
export function scanPartition(
  sim: Simulation,
  p: number,
  maxRecords: number,
  bytesLeft: number,
): PartitionTake {
  const log = sim.logs[p]!;
  const now = sim.now;
  if (sim.positions[p]! < log.startAt(now)) outOfRange(sim, p);
  const end = log.endAt(now);
  const maxAge = sim.mapping.maximumRecordAgeSeconds;
  // R15 (Q6): age = now − record timestamp; strictly older than the limit is too old
  const tooOldBefore = maxAge >= 0 ? log.firstOffsetAtOrAfter(now - maxAge * 1000) : 0;
  const take: PartitionTake = {
    ranges: [],
    filtered: [],
    records: 0,
    bytes: 0,
    payloadFull: false,
    position: sim.positions[p]!,
  };
  let pos = take.position;
  while (pos < end && take.records < maxRecords) {
    const seg = log.segmentOf(pos);
    let chunkEnd = Math.min(seg.from + seg.count, end);
    let match = true;
    if (sim.filter.active) {
      if (seg.value !== null) match = sim.filter.matches(seg.value);
      else {
        match = sim.filter.matches(recordValue(log, sim.mapping.topic, pos));
        chunkEnd = pos + 1;
      }
    }
    if (!match) {
      appendRange(take.filtered, p, pos, chunkEnd - 1);
      pos = chunkEnd;
      continue;
    }
    if (pos < tooOldBefore) {
      const stop = Math.min(chunkEnd, tooOldBefore);
      discardAtPoll(sim, p, pos, stop, 'RecordAgeExceeded', take);
      pos = stop;
      continue;
    }
    if (seg.sizeBytes > PAYLOAD_LIMIT_BYTES) {
      if (take.records > 0) break;
      discardAtPoll(sim, p, pos, chunkEnd, 'MaximumPayloadSizeExceeded', take);
      pos = chunkEnd;
      continue;
    }
    const fit = seg.sizeBytes > 0 ? Math.floor((bytesLeft - take.bytes) / seg.sizeBytes) : Infinity;
    const n = Math.min(chunkEnd - pos, maxRecords - take.records, fit);
    if (n <= 0) {
      take.payloadFull = true;
      break;
    }
    appendRange(take.ranges, p, pos, pos + n - 1);
    pos += n;
    take.records += n;
    take.bytes += n * seg.sizeBytes;
  }
  take.position = pos;
  return take;
}

function discardAtPoll(
  sim: Simulation,
  p: number,
  from: number,
  stop: number,
  reason: 'RecordAgeExceeded' | 'MaximumPayloadSizeExceeded',
  take: PartitionTake,
): void {
  if (take.filtered.length > 0) {
    sim.emit({ type: 'records.filtered', rule: 'R10', ranges: take.filtered });
    take.filtered = [];
  }
  sim.discard([{ partition: p, from, to: stop - 1 }], reason);
  sim.commit(p, stop, reason === 'RecordAgeExceeded' ? 'R15' : 'R11');
}

/** The fetch position fell below the log start (retention): Kafka's reset, i.e. R6's fallback (Q5). */
function outOfRange(sim: Simulation, p: number): void {
  resolvePosition(sim, p);
}
