import type { TraceEvent } from '../engine/trace.ts';
import { describeEvent, type DescribeContext } from '../simulation/describeEvent.ts';
import type { ResolvedBeat } from './Beat.ts';

/** Moments worth a slide, in the order a talk would reach them. */
const firstOf: ((e: TraceEvent) => boolean)[] = [
  (e) => e.type === 'position.resolved',
  (e) => e.type === 'records.filtered',
  (e) => e.type === 'invocation.ended' && e.outcome !== 'success',
  (e) => e.type === 'batch.bisected',
  (e) => e.type === 'retry.scheduled',
  (e) => e.type === 'records.discarded',
  (e) => e.type === 'offsets.expired',
  (e) => e.type === 'pollers.assigned' && e.rebalance,
  (e) => e.type === 'mapping.state' && e.from !== null,
  (e) => e.type === 'warning',
];

/**
 * Beats for a scenario without a script: the start, the first time each notable thing happens
 * (caption: the simulation's own sentence for that event), the first commit after the first
 * failure, and the end. At most `limit` beats, in time order, one per instant.
 */
export function autoBeats(
  trace: readonly TraceEvent[],
  duration: number,
  ctx: DescribeContext,
  limit = 8,
): ResolvedBeat[] {
  const picked = new Map<number, ResolvedBeat>();
  const add = (e: TraceEvent | undefined) => {
    if (e && !picked.has(e.t)) picked.set(e.t, { t: e.t, caption: describeEvent(e, ctx) });
  };
  for (const test of firstOf) add(trace.find(test));
  const firstFailure = trace.find((e) => e.type === 'invocation.ended' && e.outcome !== 'success');
  add(trace.find((e) => e.type === 'offsets.committed' && (!firstFailure || e.t > firstFailure.t)));
  const beats = [...picked.values()].sort((a, b) => a.t - b.t).slice(0, limit - 2);
  return [
    { t: 0, caption: 'The scenario starts: records are produced and the mapping begins to poll.' },
    ...beats.filter((b) => b.t > 0 && b.t < duration),
    { t: duration, caption: 'The end of the run: where every offset stands.' },
  ];
}
