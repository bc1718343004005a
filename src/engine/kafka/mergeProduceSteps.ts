import type { ProduceStep } from '../scenario/Scenario.ts';
import type { LogSegment } from './LogSegment.ts';

interface Cursor {
  step: ProduceStep;
  index: number;
  next: number;
}

/**
 * Turns the produce steps of one partition into log segments in offset order. Offsets grow by one per
 * record in time order; records due at the same instant keep the file order of their steps (spec §2).
 * Overlapping steps interleave, which costs one segment per alternation; the usual case (steps that do
 * not overlap) costs one segment per step.
 *
 * @example mergeProduceSteps([{ partition: 0, count: 3, atMs: 0, everyMs: 10, … }], [0]) // one segment
 */
export function mergeProduceSteps(steps: ProduceStep[], fileIndex: number[]): LogSegment[] {
  const cursors: Cursor[] = steps.map((step) => ({ step, index: 0, next: step.atMs }));
  const order = (c: Cursor) => fileIndex[steps.indexOf(c.step)]!;
  const segments: LogSegment[] = [];
  let offset = 0;
  for (;;) {
    const live = cursors.filter((c) => c.index < c.step.count);
    if (live.length === 0) return segments;
    live.sort((a, b) => a.next - b.next || order(a) - order(b));
    const s = live[0]!;
    const remaining = s.step.count - s.index;
    const rival = live[1];
    let run = remaining;
    if (rival) {
      const wins = order(s) < order(rival);
      if (s.step.everyMs === 0) run = s.next < rival.next || (s.next === rival.next && wins) ? remaining : 1;
      else {
        const gap = (rival.next - s.next) / s.step.everyMs;
        run = wins ? Math.floor(gap) + 1 : Math.ceil(gap);
      }
      run = Math.min(remaining, Math.max(1, run));
    }
    segments.push({
      from: offset,
      count: run,
      atMs: s.next,
      everyMs: s.step.everyMs,
      sizeBytes: s.step.sizeBytes,
      value: s.step.value,
      key: s.step.key,
      step: order(s),
    });
    offset += run;
    s.index += run;
    s.next = s.step.atMs + s.index * s.step.everyMs;
  }
}
