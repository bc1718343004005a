import type { Simulation } from './Simulation.ts';
import { assignPartitions } from './Poller.ts';
import { joinGroup } from './consumerGroups.ts';
import { resolveStartPosition } from './resolveStartPosition.ts';
import { wakePoller } from './pollBatch.ts';
import { pollerBounds, scheduleScaling } from './scalePollers.ts';

/**
 * Polling starts: the group gains a member (R7), partitions are assigned to pollers (R19: on-demand
 * starts with one; R20: provisioned with MinimumPollers, at most one per partition) and each resolves
 * its start position (R6).
 */
export function startPolling(sim: Simulation): void {
  joinGroup(sim, sim.group(sim.groupId));
  sim.polling = true;
  sim.pollers = assignPartitions(sim.scenario.topic.partitions, pollerBounds(sim).min);
  sim.emit({
    type: 'pollers.assigned',
    rule: sim.mapping.provisioned ? 'R20' : 'R19',
    pollers: sim.pollers.map((p) => [...p.partitions]),
    rebalance: false,
  });
  for (const poller of sim.pollers) {
    for (const p of poller.partitions) {
      sim.flows[p]!.send({ type: 'partition.assigned', poller: poller.id });
      resolvePosition(sim, p);
    }
  }
  for (const poller of sim.pollers) wakePoller(sim, poller);
  scheduleScaling(sim);
}

/** R6: where partition p starts reading, traced with its reason. */
export function resolvePosition(sim: Simulation, p: number): void {
  const g = sim.group(sim.groupId);
  const r = resolveStartPosition(
    sim.logs[p]!,
    sim.mapping,
    g.offsets.get(p),
    sim.now,
    sim.scenario.startEpochMs,
    sim.model,
  );
  sim.positions[p] = r.offset;
  sim.partitionsVersion++;
  sim.emit({ type: 'position.resolved', rule: r.source === 'LOG_START' ? 'Q5' : 'R6', partition: p, ...r });
  if (r.source === 'committed' && g.inherited.has(p)) {
    sim.warn(
      `StartingPosition ignored: consumer group ${g.id} has a committed offset for partition ${p}`,
      'R6',
    );
    g.inherited.delete(p);
  }
  sim.flows[p]!.send({ type: 'position.resolved', offset: r.offset });
}

/** Stops forming batches; in-flight invocations finish (Q12), then `drained` runs. */
export function stopPolling(sim: Simulation, drained: () => void): void {
  sim.polling = false;
  sim.clock.cancel(sim.scalingTimer);
  sim.scalingTimer = null;
  for (const poller of sim.pollers) {
    sim.clock.cancel(poller.wake);
    sim.clock.cancel(poller.close);
    poller.wake = null;
    poller.close = null;
    poller.gatheringSince = null;
  }
  for (const run of sim.batches.values()) run.abandoning = true;
  sim.onDrained = () => {
    for (const poller of sim.pollers)
      for (const p of poller.partitions) sim.flows[p]!.send({ type: 'partition.revoked' });
    sim.pollers = [];
    drained();
  };
  checkDrained(sim);
}

/** Calls the pending `drained` callback once no batch is left. */
export function checkDrained(sim: Simulation): void {
  if (sim.onDrained && sim.batches.size === 0) {
    const done = sim.onDrained;
    sim.onDrained = null;
    done();
  }
}
