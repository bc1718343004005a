import type { Timer } from '../clock/VirtualClock.ts';

/** One ESM poller: a Kafka consumer that owns some partitions of the topic (R8, R19, R20). */
export interface Poller {
  id: number;
  partitions: number[];
  /** batches of this poller not yet finished */
  inFlight: number;
  /** start of the open batching window, or null (Q13) */
  gatheringSince: number | null;
  close: Timer | null;
  /** Simulation.partitionsVersion when `close` was computed */
  closeVersion: number;
  wake: Timer | null;
  /** round-robin start for fairness across partitions when a batch cannot take everything */
  rotation: number;
}

/**
 * Range assignor: partitions split into contiguous runs, the first pollers getting one more when the
 * division is uneven (Kafka's RangeAssignor; the ESM's own assignor is undocumented, Q10).
 *
 * @example assignPartitions(5, 2).map((p) => p.partitions) // [[0, 1, 2], [3, 4]]
 */
export function assignPartitions(partitions: number, pollers: number): Poller[] {
  const count = Math.max(1, Math.min(pollers, partitions));
  const base = Math.floor(partitions / count);
  const extra = partitions % count;
  const out: Poller[] = [];
  let next = 0;
  for (let id = 0; id < count; id++) {
    const size = base + (id < extra ? 1 : 0);
    const owned = Array.from({ length: size }, (_, i) => next + i);
    next += size;
    out.push({
      id,
      partitions: owned,
      inFlight: 0,
      gatheringSince: null,
      close: null,
      closeVersion: -1,
      wake: null,
      rotation: 0,
    });
  }
  return out;
}
