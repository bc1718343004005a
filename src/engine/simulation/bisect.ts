import type { OffsetRange } from '../trace.ts';
import type { Work, WorkPart } from './Work.ts';
import { workRanges } from './Work.ts';
import { countRecords, splitAfter } from './offsetRanges.ts';

/** R16: two halves by record count, event order kept; each half commits its own prefix on success. */
export function bisect(work: Work): [Work, Work] {
  const ranges = workRanges(work);
  const [a, b] = splitAfter(ranges, Math.ceil(countRecords(ranges) / 2));
  const part = (rs: OffsetRange[], original: WorkPart, last: boolean): WorkPart => {
    const mine = rs.filter((r) => r.partition === original.partition);
    const top = mine[mine.length - 1];
    return {
      partition: original.partition,
      ranges: mine,
      commitTo: last || !top ? original.commitTo : top.to + 1,
    };
  };
  const first: WorkPart[] = [];
  const second: WorkPart[] = [];
  for (const original of work.parts) {
    const inSecond = b.some((r) => r.partition === original.partition);
    const inFirst = a.some((r) => r.partition === original.partition);
    if (inFirst || !inSecond) first.push(part(a, original, !inSecond));
    if (inSecond) second.push(part(b, original, true));
  }
  const depth = work.bisectDepth + 1;
  return [
    { parts: first, attempt: 1, bisectDepth: depth },
    { parts: second, attempt: 1, bisectDepth: depth },
  ];
}
