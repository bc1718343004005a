import { describe, expect, it } from 'vitest';
import { DeliveryCounts } from './DeliveryCounts.ts';
import { ScriptedOutcomes } from './ScriptedOutcomes.ts';
import type { OutcomeRule } from '../scenario/Scenario.ts';

const rule = (
  from: number,
  to: number,
  result: OutcomeRule['result'],
  times: number | null = null,
): OutcomeRule => ({
  partition: 0,
  from,
  to,
  result,
  times,
});
const batch = (from: number, to: number) => [{ partition: 0, from, to }];

describe('DeliveryCounts', () => {
  it('counts deliveries per offset as intervals', () => {
    const c = new DeliveryCounts();
    c.increment(0, 9);
    c.increment(5, 14);
    expect(c.rangesAtMost(0, 19, 1)).toEqual([
      [0, 4],
      [10, 19],
    ]);
    expect(c.rangesAtMost(0, 19, 0)).toEqual([[15, 19]]);
  });
});

describe('spec §3 outcomes', () => {
  it('timeout beats error beats partial', () => {
    const o = new ScriptedOutcomes([rule(1, 1, 'partial'), rule(2, 2, 'error'), rule(3, 3, 'timeout')]);
    expect(o.deliver(batch(0, 9)).kind).toBe('timeout');
    expect(o.deliver(batch(0, 2)).kind).toBe('error');
    expect(o.deliver(batch(0, 1))).toEqual({ kind: 'partial', failures: [{ partition: 0, offset: 1 }] });
    expect(o.deliver(batch(4, 9)).kind).toBe('none');
  });
  it('times: N applies to the first N deliveries of each matching record', () => {
    const o = new ScriptedOutcomes([rule(5, 6, 'error', 2)]);
    expect([batch(0, 9), batch(0, 9), batch(0, 9)].map((b) => o.deliver(b).kind)).toEqual([
      'error',
      'error',
      'none',
    ]);
    // offset 6 was delivered twice already; a batch with only 6 no longer errors
    expect(o.deliver(batch(6, 6)).kind).toBe('none');
  });
  it('times counts each record separately', () => {
    const o = new ScriptedOutcomes([rule(0, 9, 'partial', 1)]);
    expect(o.deliver(batch(0, 4)).failures.map((f) => f.offset)).toEqual([0, 1, 2, 3, 4]);
    expect(o.deliver(batch(3, 6)).failures.map((f) => f.offset)).toEqual([5, 6]);
  });
});
