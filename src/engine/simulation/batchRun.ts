import type { Simulation } from './Simulation.ts';
import type { BatchRun } from './Work.ts';
import { startWork } from './startWork.ts';
import { wakePoller } from './pollBatch.ts';
import { checkDrained } from './polling.ts';

/** Starts the next queued work of a batch, or finishes it; partitions with nothing left are released (R9). */
export function nextWork(sim: Simulation, run: BatchRun, delayMs = 0): void {
  if (run.abandoning) run.queue = [];
  for (const p of [...run.partitions]) {
    if (!run.queue.some((w) => w.parts.some((x) => x.partition === p))) release(sim, run, p);
  }
  const work = run.queue.shift();
  if (!work) {
    finishRun(sim, run);
    return;
  }
  if (delayMs > 0) sim.scheduleAt(sim.now + delayMs, () => startWork(sim, run, work));
  else startWork(sim, run, work);
}

function release(sim: Simulation, run: BatchRun, p: number): void {
  run.partitions.delete(p);
  sim.setBlocked(p, false);
  sim.flows[p]!.send({ type: 'partition.released' });
  const poller = sim.pollerOf(p);
  if (poller && !run.abandoning) wakePoller(sim, poller);
}

export function finishRun(sim: Simulation, run: BatchRun): void {
  sim.batches.delete(run.id);
  const poller = sim.pollers.find((x) => x.id === run.poller);
  if (poller) {
    poller.inFlight--;
    wakePoller(sim, poller);
  }
  checkDrained(sim);
}
