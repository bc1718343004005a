import type { Simulation } from './Simulation.ts';

/**
 * The log's own trace events, one per produce segment, never per record: `records.produced` when a
 * segment starts, and `log.truncated` when retention has deleted all of it (R7, facts §4). Lookups
 * between those instants are arithmetic (PartitionLog.startAt).
 */
export function scheduleLogEvents(sim: Simulation): void {
  const end = sim.scenario.durationMs;
  const retention = sim.scenario.topic.retentionMs;
  for (const log of sim.logs) {
    for (const s of log.segments) {
      if (s.atMs > end) break;
      sim.clock.schedule(s.atMs, () =>
        sim.emit({
          type: 'records.produced',
          rule: 'spec',
          partition: log.partition,
          from: s.from,
          to: s.from + s.count - 1,
          every: s.everyMs,
          size: s.sizeBytes,
        }),
      );
    }
    if (retention === null) continue;
    for (const s of log.segments) {
      const gone = s.atMs + (s.count - 1) * s.everyMs + retention;
      if (gone > end) break;
      sim.clock.schedule(gone, () =>
        sim.emit({
          type: 'log.truncated',
          rule: 'R7',
          partition: log.partition,
          logStart: log.startAt(sim.now),
        }),
      );
    }
  }
}
