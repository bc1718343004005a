import { describe, expect, it } from 'vitest';
import { appendRange, countRecords, rangesFrom, rangesOfOffsets, splitAfter } from './offsetRanges.ts';
import { bisect } from './bisect.ts';

describe('offset ranges', () => {
  it('merges contiguous ranges of a partition', () => {
    const rs: { partition: number; from: number; to: number }[] = [];
    appendRange(rs, 0, 0, 4);
    appendRange(rs, 0, 5, 9);
    appendRange(rs, 0, 12, 12);
    appendRange(rs, 1, 13, 13);
    expect(rs).toEqual([
      { partition: 0, from: 0, to: 9 },
      { partition: 0, from: 12, to: 12 },
      { partition: 1, from: 13, to: 13 },
    ]);
    expect(countRecords(rs)).toBe(12);
  });
  it('splits after k records in event order', () => {
    const [a, b] = splitAfter(
      [
        { partition: 0, from: 0, to: 2 },
        { partition: 1, from: 5, to: 8 },
      ],
      5,
    );
    expect(a).toEqual([
      { partition: 0, from: 0, to: 2 },
      { partition: 1, from: 5, to: 6 },
    ]);
    expect(b).toEqual([{ partition: 1, from: 7, to: 8 }]);
  });
  it('selects ranges from an offset and builds ranges from offsets', () => {
    expect(rangesFrom([{ partition: 0, from: 0, to: 9 }], 0, 6)).toEqual([{ partition: 0, from: 6, to: 9 }]);
    expect(rangesOfOffsets(2, [7, 3, 4])).toEqual([
      { partition: 2, from: 3, to: 4 },
      { partition: 2, from: 7, to: 7 },
    ]);
  });
});

describe('R16 bisect', () => {
  it('R16: halves a multi-partition batch by record count (8 → 4 + 4); a split partition commits its prefix from the first half', () => {
    const [first, second] = bisect({
      parts: [
        { partition: 0, ranges: [{ partition: 0, from: 0, to: 2 }], commitTo: 3 },
        { partition: 1, ranges: [{ partition: 1, from: 0, to: 4 }], commitTo: 9 },
        { partition: 2, ranges: [], commitTo: 4 },
      ],
      attempt: 3,
      bisectDepth: 0,
    });
    expect(first).toEqual({
      parts: [
        { partition: 0, ranges: [{ partition: 0, from: 0, to: 2 }], commitTo: 3 },
        { partition: 1, ranges: [{ partition: 1, from: 0, to: 0 }], commitTo: 1 },
        { partition: 2, ranges: [], commitTo: 4 },
      ],
      attempt: 1,
      bisectDepth: 1,
    });
    expect(second).toEqual({
      parts: [{ partition: 1, ranges: [{ partition: 1, from: 1, to: 4 }], commitTo: 9 }],
      attempt: 1,
      bisectDepth: 1,
    });
  });
});
