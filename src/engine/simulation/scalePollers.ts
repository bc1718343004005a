import { resolvePosition } from './polling.ts';
import type { Simulation } from './Simulation.ts';
import { assignPartitions } from './Poller.ts';
import { wakePoller } from './pollBatch.ts';

/** R19: Lambda evaluates the offset lag every minute. */
export const SCALING_PERIOD_MS = 60_000;

/** R19, R20: the poller range: on-demand 1…partitions; provisioned Min…min(Max, partitions). */
export function pollerBounds(sim: Simulation): { min: number; max: number } {
  const partitions = sim.scenario.topic.partitions;
  const provisioned = sim.mapping.provisioned;
  if (!provisioned) return { min: 1, max: partitions };
  const max = Math.max(1, Math.min(provisioned.maximumPollers, partitions));
  return { min: Math.min(provisioned.minimumPollers, max), max };
}

/**
 * Schedules the next lag evaluation. While nothing is lagging and no poller can be removed, the
 * evaluation sleeps until the next record is produced, so idle time costs nothing.
 */
export function scheduleScaling(sim: Simulation, from = sim.now): void {
  if (!sim.polling || sim.scalingTimer) return;
  const { min, max } = pollerBounds(sim);
  if (min === max) return; // R20: Min = Max disables autoscaling
  sim.scalingTimer = sim.clock.schedule(from + SCALING_PERIOD_MS, () => {
    sim.scalingTimer = null;
    evaluateScaling(sim);
  });
}

/**
 * R19/R20 model (Q10): desired pollers = lag ÷ (BatchSize × concurrent invocations per poller), within
 * the bounds; scale up at once to the desired count, scale down one poller per evaluation; a change
 * takes effect `scalingDelayMs` after the evaluation (AWS: within 3 minutes).
 */
function evaluateScaling(sim: Simulation): void {
  if (!sim.polling) return;
  const { min, max } = pollerBounds(sim);
  const lag = totalLag(sim);
  const current = sim.pollers.length;
  const desired = Math.max(
    min,
    Math.min(max, Math.ceil(lag / (sim.mapping.batchSize * sim.model.pollerConcurrency))),
  );
  const target = desired > current ? desired : desired < current ? current - 1 : current;
  if (target !== current) {
    sim.clock.schedule(sim.now + sim.model.scalingDelayMs, () => {
      if (sim.polling && sim.pollers.length === current) rebalance(sim, target);
    });
  }
  if (lag > 0 || target > min) {
    scheduleScaling(sim);
    return;
  }
  const next = Math.min(...sim.logs.map((log) => log.arrivalOf(log.endAt(sim.now)) ?? Infinity));
  if (!Number.isFinite(next) || next > sim.scenario.durationMs) return;
  const periods = Math.max(0, Math.ceil((next - sim.now) / SCALING_PERIOD_MS) - 1);
  scheduleScaling(sim, sim.now + periods * SCALING_PERIOD_MS);
}

/**
 * R24: Σ over partitions of log end − committed offset. A partition with nothing committed counts from
 * its fetch position, so records LATEST skipped never look like lag.
 */
export function totalLag(sim: Simulation): number {
  let lag = 0;
  for (const log of sim.logs) {
    const from =
      sim.committed(log.partition) ?? Math.max(sim.positions[log.partition]!, log.startAt(sim.now));
    lag += Math.max(0, log.endAt(sim.now) - from);
  }
  return lag;
}

/**
 * R19: a change in the number of pollers rebalances the group. Idle partitions restart from the
 * committed offset on their new owner; a partition with a batch in flight keeps it and moves when
 * that batch is done (its position then equals the commit), so per-partition order holds (R9, Q10).
 */
export function rebalance(sim: Simulation, count: number): void {
  for (const poller of sim.pollers) {
    sim.clock.cancel(poller.wake);
    sim.clock.cancel(poller.close);
  }
  sim.pollers = assignPartitions(sim.scenario.topic.partitions, count);
  sim.emit({
    type: 'pollers.assigned',
    rule: sim.mapping.provisioned ? 'R20' : 'R19',
    pollers: sim.pollers.map((p) => [...p.partitions]),
    rebalance: true,
  });
  for (const run of sim.batches.values()) {
    const first = run.partitions.values().next().value;
    const owner = first === undefined ? undefined : sim.pollerOf(first);
    run.poller = owner?.id ?? 0;
    const poller = sim.pollers.find((x) => x.id === run.poller);
    if (poller) poller.inFlight++;
  }
  for (const poller of sim.pollers) {
    for (const p of poller.partitions) {
      if (sim.blocked[p]) continue;
      sim.flows[p]!.send({ type: 'partition.revoked' });
      sim.flows[p]!.send({ type: 'partition.assigned', poller: poller.id });
      resolvePosition(sim, p);
    }
  }
  for (const poller of sim.pollers) wakePoller(sim, poller);
}
