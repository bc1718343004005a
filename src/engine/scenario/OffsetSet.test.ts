import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatOffsetSet,
  intersectOffsetSets,
  normalizeOffsetSet,
  subtractOffsetSets,
  type OffsetSet,
} from './OffsetSet.ts';

const members = (set: OffsetSet): Set<number> => {
  const out = new Set<number>();
  for (const { from, to } of set) for (let o = from; o <= to; o++) out.add(o);
  return out;
};
const arbitrarySet = fc
  .array(fc.tuple(fc.nat(60), fc.nat(8)), { maxLength: 8 })
  .map((pairs) => normalizeOffsetSet(pairs.map(([from, length]) => ({ from, to: from + length }))));

describe('OffsetSet keeps offsets as merged ranges', () => {
  it('formats as the expect syntax', () => {
    expect(
      formatOffsetSet(
        normalizeOffsetSet([
          { from: 7, to: 7 },
          { from: 0, to: 4 },
        ]),
      ),
    ).toBe('0-4,7');
    expect(formatOffsetSet([])).toBe('');
  });

  it('normalizes to sorted, disjoint, non-adjacent ranges', () => {
    fc.assert(
      fc.property(arbitrarySet, (set) =>
        set.every(
          (range, i) => range.from <= range.to && (i === 0 || range.from > (set[i - 1]?.to ?? 0) + 1),
        ),
      ),
    );
  });

  it('intersects and subtracts like sets of offsets', () => {
    fc.assert(
      fc.property(arbitrarySet, arbitrarySet, (a, b) => {
        const [x, y] = [members(a), members(b)];
        expect(members(intersectOffsetSets(a, b))).toEqual(new Set([...x].filter((o) => y.has(o))));
        expect(members(subtractOffsetSets(a, b))).toEqual(new Set([...x].filter((o) => !y.has(o))));
      }),
    );
  });
});
