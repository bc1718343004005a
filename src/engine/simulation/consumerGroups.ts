import type { ConsumerGroup } from '../kafka/ConsumerGroup.ts';
import type { Simulation } from './Simulation.ts';

/**
 * Consumer-group membership and offsets retention (R7): a group with no active mapping is empty; its
 * committed offsets are deleted once it has been empty for `topic.offsetsRetention`.
 */
export function seedExistingGroup(sim: Simulation): void {
  const existing = sim.scenario.consumerGroup;
  if (!existing) return;
  const g = sim.group(existing.id);
  for (const [p, offset] of Object.entries(existing.offsets)) {
    g.offsets.set(Number(p), offset);
    g.inherited.add(Number(p));
  }
  // spec §3: a file's consumerGroup became empty at t = 0, so its offsets-retention clock runs from 0
  sim.clock.schedule(0, () => leaveGroup(sim, g));
}

export function joinGroup(sim: Simulation, g: ConsumerGroup): void {
  if (g.members > 0) return;
  g.members = 1;
  g.emptySince = null;
  sim.clock.cancel(g.expiry);
  g.expiry = null;
  sim.emit({ type: 'group.membership', rule: 'R7', group: g.id, empty: false });
}

export function leaveGroup(sim: Simulation, g: ConsumerGroup): void {
  if (g.members === 0 && g.emptySince !== null) return;
  g.members = 0;
  g.emptySince = sim.now;
  sim.emit({ type: 'group.membership', rule: 'R7', group: g.id, empty: true });
  g.expiry = sim.clock.schedule(sim.now + sim.scenario.topic.offsetsRetentionMs, () => {
    g.expiry = null;
    if (g.members > 0 || g.offsets.size === 0) return;
    const partitions = [...g.offsets.keys()].sort((a, b) => a - b);
    g.offsets.clear();
    g.inherited.clear();
    sim.emit({ type: 'offsets.expired', rule: 'R7', group: g.id, partitions });
  });
}
