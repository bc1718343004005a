import type { BatchCloseReason } from '../trace.ts';
import { recordValue } from '../kafka/recordContent.ts';
import type { Simulation } from './Simulation.ts';
import { PAYLOAD_LIMIT_BYTES } from './scanPartition.ts';

/**
 * R8: the instant an open batching window closes: BatchSize records available, the payload about to
 * pass 6 MB, or the window deadline, whichever comes first. Arrival times are arithmetic, so this is a
 * binary search over time, not a wait.
 */
export function windowCloseTime(
  sim: Simulation,
  partitions: number[],
  deadline: number,
): { at: number; reason: BatchCloseReason } {
  const now = sim.now;
  const full = (t: number) => {
    const a = available(sim, partitions, t);
    return a.records >= sim.mapping.batchSize || a.bytes > PAYLOAD_LIMIT_BYTES;
  };
  const reasonAt = (t: number): BatchCloseReason =>
    available(sim, partitions, t).records >= sim.mapping.batchSize ? 'size' : 'payload';
  if (full(now)) return { at: now, reason: reasonAt(now) };
  if (deadline <= now || !full(deadline)) return { at: Math.max(now, deadline), reason: 'window' };
  let lo = now;
  let hi = deadline;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (full(mid)) hi = mid;
    else lo = mid;
  }
  return { at: hi, reason: reasonAt(hi) };
}

/** Matching records (and their bytes) available to the poller at time t; stops counting when full. */
function available(sim: Simulation, partitions: number[], t: number): { records: number; bytes: number } {
  let records = 0;
  let bytes = 0;
  for (const p of partitions) {
    const log = sim.logs[p]!;
    const end = log.endAt(t);
    let pos = Math.max(sim.positions[p]!, log.startAt(t));
    while (pos < end && records < sim.mapping.batchSize && bytes <= PAYLOAD_LIMIT_BYTES) {
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
      if (match) {
        records += chunkEnd - pos;
        bytes += (chunkEnd - pos) * seg.sizeBytes;
      }
      pos = chunkEnd;
    }
  }
  return { records, bytes };
}
