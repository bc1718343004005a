import type { LogSegment } from '../kafka/LogSegment.ts';
import type { PartitionLog } from '../kafka/PartitionLog.ts';
import type { Simulation } from './Simulation.ts';

/**
 * The log's own trace events, one per produce segment, never per record: `records.produced` when a
 * segment starts, and `log.truncated` when retention has deleted all of it (R7, facts §4). Lookups
 * between those instants are arithmetic (PartitionLog.startAt). Each partition keeps one pending
 * timer per kind, so the clock's queue stays small however many segments interleaved steps make.
 */
export function scheduleLogEvents(sim: Simulation): void {
  const retention = sim.scenario.topic.retentionMs;
  for (const log of sim.logs) {
    chain(
      sim,
      log,
      (s) => s.atMs,
      (s) =>
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
    if (retention === null) continue;
    chain(
      sim,
      log,
      // a record is deleted once it is *older* than retention (spec §3), i.e. 1 ms after it reaches it
      (s) => s.atMs + (s.count - 1) * s.everyMs + retention + 1,
      () =>
        sim.emit({
          type: 'log.truncated',
          rule: 'R7',
          partition: log.partition,
          logStart: log.startAt(sim.now),
        }),
    );
  }
}

/** Emits `event` for each segment at `at(segment)` (non-decreasing in segment order), one timer at a time. */
function chain(
  sim: Simulation,
  log: PartitionLog,
  at: (s: LogSegment) => number,
  event: (s: LogSegment) => void,
): void {
  const end = sim.scenario.durationMs;
  const step = (i: number): void => {
    const first = log.segments[i];
    if (!first || at(first) > end) return;
    const due = at(first);
    sim.clock.schedule(
      due,
      () => {
        // every segment due at this instant in one go, so they precede anything else scheduled for it
        let j = i;
        for (; j < log.segments.length && at(log.segments[j]!) === due; j++) event(log.segments[j]!);
        step(j);
      },
      0,
    );
  };
  step(0);
}
