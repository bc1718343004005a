import type { ProduceStep } from '../scenario/Scenario.ts';
import type { LogSegment } from './LogSegment.ts';

interface Cursor {
  step: ProduceStep;
  /** file order of the step, for ties */
  order: number;
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
  const cursors: Cursor[] = steps.map((step, i) => ({
    step,
    order: fileIndex[i]!,
    index: 0,
    next: step.atMs,
  }));
  const before = (a: Cursor, b: Cursor) => a.next < b.next || (a.next === b.next && a.order < b.order);
  const segments: LogSegment[] = [];
  let offset = 0;
  for (;;) {
    // the earliest live cursor and its closest rival (k is small: linear scans, no allocation)
    let s: Cursor | null = null;
    let rival: Cursor | null = null;
    for (const c of cursors) {
      if (c.index >= c.step.count) continue;
      if (!s || before(c, s)) {
        rival = s;
        s = c;
      } else if (!rival || before(c, rival)) rival = c;
    }
    if (!s) return segments;
    const remaining = s.step.count - s.index;
    let run = remaining;
    if (rival) {
      const wins = s.order < rival.order;
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
      step: s.order,
    });
    offset += run;
    s.index += run;
    s.next = s.step.atMs + s.index * s.step.everyMs;
  }
}
