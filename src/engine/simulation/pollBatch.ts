import type { BatchCloseReason } from '../trace.ts';
import type { Simulation } from './Simulation.ts';
import type { Poller } from './Poller.ts';
import { workRanges, type WorkPart } from './Work.ts';
import { PAYLOAD_LIMIT_BYTES, scanPartition } from './scanPartition.ts';
import { windowCloseTime } from './windowCloseTime.ts';
import { startWork } from './startWork.ts';

/**
 * Something changed for a poller (records may have arrived, a partition was released, polling
 * started): open a batching window, form a batch at once (window 0), or sleep until the next record
 * arrives. Never ticks: every wake-up is a timer at a computed instant.
 */
export function wakePoller(sim: Simulation, poller: Poller): void {
  if (!sim.polling || !sim.pollers.includes(poller)) return;
  sim.clock.cancel(poller.wake);
  poller.wake = null;
  if (poller.inFlight >= sim.model.pollerConcurrency) return;
  const idle = poller.partitions.filter((p) => !sim.blocked[p]);
  const now = sim.now;
  const ready = idle.some((p) => sim.positions[p]! < sim.logs[p]!.endAt(now));
  if (!ready) {
    sim.clock.cancel(poller.close);
    poller.close = null;
    poller.gatheringSince = null;
    const next = Math.min(...idle.map((p) => sim.logs[p]!.arrivalOf(sim.positions[p]!) ?? Infinity));
    if (Number.isFinite(next) && next <= sim.scenario.durationMs)
      poller.wake = sim.clock.schedule(Math.max(next, now), () => wakePoller(sim, poller));
    return;
  }
  const windowMs = sim.mapping.batchingWindowMs;
  if (windowMs === 0) {
    formBatch(sim, poller, 'immediate');
    return;
  }
  // R8, Q13: the window opens when the poller first has a record to send
  if (poller.gatheringSince !== null && poller.close && poller.closeVersion === sim.partitionsVersion) return;
  poller.gatheringSince ??= now;
  poller.closeVersion = sim.partitionsVersion;
  const close = windowCloseTime(sim, idle, poller.gatheringSince + windowMs);
  sim.clock.cancel(poller.close);
  poller.close = sim.clock.schedule(close.at, () => {
    poller.close = null;
    if (poller.inFlight >= sim.model.pollerConcurrency) return;
    formBatch(sim, poller, close.reason);
  });
}

/**
 * R8: takes records from the poller's idle partitions (round-robin start, offset order within each)
 * up to BatchSize records and 6 MB, then invokes. A poll that only skipped filtered records forms no
 * batch (Q4).
 */
export function formBatch(sim: Simulation, poller: Poller, reason: BatchCloseReason): void {
  poller.gatheringSince = null;
  const idle = poller.partitions.filter((p) => !sim.blocked[p]);
  const start = poller.rotation % Math.max(1, idle.length);
  poller.rotation++;
  const order = [...idle.slice(start), ...idle.slice(0, start)];
  const parts: WorkPart[] = [];
  let records = 0;
  let bytes = 0;
  let payloadFull = false;
  const filtered = [];
  for (const p of order) {
    if (records >= sim.mapping.batchSize || payloadFull) break;
    const take = scanPartition(sim, p, sim.mapping.batchSize - records, PAYLOAD_LIMIT_BYTES - bytes);
    filtered.push(...take.filtered);
    if (take.position !== sim.positions[p]) {
      if (take.ranges.length > 0 || take.filtered.length > 0)
        parts.push({ partition: p, ranges: take.ranges, commitTo: take.position });
      sim.positions[p] = take.position;
    }
    records += take.records;
    bytes += take.bytes;
    payloadFull = take.payloadFull;
  }
  if (filtered.length > 0) sim.emit({ type: 'records.filtered', rule: 'R10', ranges: filtered });
  const sent = parts.filter((x) => x.ranges.length > 0);
  if (sent.length === 0) {
    if (sim.model.filteredPoll === 'commit-immediately')
      for (const x of parts) sim.commit(x.partition, x.commitTo, 'Q4');
    wakePoller(sim, poller);
    return;
  }
  const closedBy: BatchCloseReason =
    records >= sim.mapping.batchSize ? 'size' : payloadFull ? 'payload' : reason;
  const id = sim.nextBatch++;
  const work = { parts, attempt: 1, bisectDepth: 0 };
  const ranges = workRanges(work);
  for (const x of parts) {
    sim.setBlocked(x.partition, true);
    sim.flows[x.partition]!.send({ type: 'batch.formed', batch: id });
  }
  sim.emit({
    type: 'batch.formed',
    rule: 'R8',
    batch: id,
    poller: poller.id,
    ranges,
    closedBy,
    bytes,
    records,
  });
  const run = {
    id,
    poller: poller.id,
    closedBy,
    queue: [],
    partitions: new Set(parts.map((x) => x.partition)),
    abandoning: false,
  };
  sim.batches.set(id, run);
  poller.inFlight++;
  startWork(sim, run, work);
  wakePoller(sim, poller);
}
