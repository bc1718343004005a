import type { OutcomeRule } from '../scenario/Scenario.ts';
import type { OffsetRange } from '../trace.ts';
import { DeliveryCounts } from './DeliveryCounts.ts';

/** What the scripted `outcomes` say about one invocation (spec §3). */
export interface ScriptedVerdict {
  kind: 'timeout' | 'error' | 'partial' | 'none';
  /** partial: exactly the matching records */
  failures: { partition: number; offset: number }[];
  /** error: the first matching record, for the message */
  culprit?: { partition: number; offset: number };
}

/**
 * The scripted function: an invocation times out if any of its records matches a `timeout` rule, else
 * errors if any matches `error`, else reports the records matching `partial` as batchItemFailures.
 * `times: N` applies a rule to the 1st … Nth delivery of each matching record (spec §3).
 *
 * @example new ScriptedOutcomes([{ partition: 0, from: 5, to: 5, result: 'error', times: null }]).deliver(ranges)
 */
export class ScriptedOutcomes {
  private readonly rules: OutcomeRule[];
  private readonly counts = new Map<number, DeliveryCounts>();

  constructor(rules: OutcomeRule[]) {
    this.rules = rules;
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  /** Counts this delivery of `ranges` and returns the verdict. */
  deliver(ranges: OffsetRange[]): ScriptedVerdict {
    if (this.rules.length === 0) return { kind: 'none', failures: [] };
    for (const r of ranges) this.countDelivery(r);
    if (this.matching(ranges, 'timeout', 1).length > 0) return { kind: 'timeout', failures: [] };
    const errors = this.matching(ranges, 'error', 1);
    if (errors.length > 0) return { kind: 'error', failures: [], culprit: errors[0]! };
    const partial = this.matching(ranges, 'partial', Infinity);
    if (partial.length > 0) return { kind: 'partial', failures: partial };
    return { kind: 'none', failures: [] };
  }

  private countDelivery(r: OffsetRange): void {
    const rules = this.rules.filter((x) => x.partition === r.partition && x.times !== null);
    if (rules.length === 0) return;
    const lo = Math.max(r.from, Math.min(...rules.map((x) => x.from)));
    const hi = Math.min(r.to, Math.max(...rules.map((x) => x.to)));
    if (lo > hi) return;
    let counts = this.counts.get(r.partition);
    if (!counts) this.counts.set(r.partition, (counts = new DeliveryCounts()));
    counts.increment(lo, hi);
  }

  /** Records of `ranges` that a rule with this result applies to at this delivery, in event order. */
  private matching(
    ranges: OffsetRange[],
    result: OutcomeRule['result'],
    limit: number,
  ): { partition: number; offset: number }[] {
    const hits = new Map<string, { partition: number; offset: number }>();
    for (const r of ranges) {
      for (const rule of this.rules) {
        if (rule.result !== result || rule.partition !== r.partition) continue;
        const a = Math.max(r.from, rule.from);
        const b = Math.min(r.to, rule.to);
        if (a > b) continue;
        const spans: [number, number][] =
          rule.times === null
            ? [[a, b]]
            : (this.counts.get(r.partition)?.rangesAtMost(a, b, rule.times) ?? []);
        for (const [x, y] of spans) {
          if (limit === 1 && x <= y) return [{ partition: r.partition, offset: x }];
          for (let o = x; o <= y; o++) hits.set(`${r.partition}:${o}`, { partition: r.partition, offset: o });
        }
      }
    }
    return [...hits.values()].sort((p, q) => p.partition - q.partition || p.offset - q.offset);
  }
}
