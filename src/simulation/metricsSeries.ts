/**
 * The metrics strip's series over the whole virtual timeline, in fixed buckets: OffsetLag per
 * partition and in total (R24, sampled at the bucket's end and at every event inside it, keeping the
 * highest), and invocations, errors and duplicate deliveries counted per bucket. One pass over the
 * trace; cost grows with events and buckets, not with records or virtual milliseconds.
 */
import type { SimulationRun } from './SimulationRun.ts';
import { applyEvent } from './applyEvent.ts';
import { emptyLogs, initialState, lagAt } from './foldState.ts';

export interface MetricsSeries {
  /** bucket end times, ms */
  times: number[];
  bucketMs: number;
  lagTotal: number[];
  lagByPartition: number[][];
  invocations: number[];
  errors: number[];
  duplicates: number[];
}

export function metricsSeries(run: SimulationRun, duration: number, buckets = 96): MetricsSeries {
  const state = initialState(run);
  const logs = emptyLogs(run.scenario.topic.partitions);
  const bucketMs = Math.max(1, duration / buckets);
  const n = state.partitions.length;
  const out: MetricsSeries = {
    times: [],
    bucketMs,
    lagTotal: [],
    lagByPartition: Array.from({ length: n }, () => []),
    invocations: [],
    errors: [],
    duplicates: [],
  };
  const events = run.trace;
  let k = 0;
  for (let b = 0; b < buckets; b++) {
    const end = b === buckets - 1 ? duration : (b + 1) * bucketMs;
    const before = { ...state.totals };
    const peak = new Array<number>(n).fill(0);
    let peakTotal = 0;
    const sample = (t: number): void => {
      let total = 0;
      state.partitions.forEach((p, i) => {
        const lag = lagAt(p, t);
        peak[i] = Math.max(peak[i]!, lag);
        total += lag;
      });
      peakTotal = Math.max(peakTotal, total);
    };
    while (k < events.length && events[k]!.t <= end) {
      applyEvent(state, events[k]!, logs);
      sample(events[k]!.t);
      k++;
    }
    sample(end);
    out.times.push(end);
    out.lagTotal.push(peakTotal);
    peak.forEach((v, i) => out.lagByPartition[i]!.push(v));
    out.invocations.push(state.totals.invocations - before.invocations);
    out.errors.push(state.totals.errors - before.errors);
    out.duplicates.push(state.totals.duplicates - before.duplicates);
  }
  return out;
}
