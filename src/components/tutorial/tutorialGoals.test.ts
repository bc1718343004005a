import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenario, simulateSync, type SimulationRun, type TraceEvent } from '../../engine/index.ts';
import { createLedger } from '../../simulation/Ledger.ts';
import { progressFromSnapshot, progressFromTrace } from './pillProgress.ts';
import { FIRST_POISON_PILL, formatOffsets, stalledAtPill, unblockedWithoutLoss } from './tutorialGoals.ts';

const preset = parse(
  readFileSync(new URL('../../scenarios/presets/first-poison-pill.yaml', import.meta.url), 'utf8'),
);
const sqs = 'arn:aws:sqs:us-east-1:123456789012:orders-failed';
const { partition, offset } = FIRST_POISON_PILL;

/** The tutorial's scenario with the reader's knob settings applied to the mapping. */
function run(mapping: Record<string, unknown> = {}): SimulationRun {
  const loaded = loadScenario({ ...preset, expect: undefined, mapping: { ...preset.mapping, ...mapping } });
  expect(loaded.errors).toEqual([]);
  return simulateSync(loaded);
}

const progressAt = (trace: TraceEvent[], t: number) =>
  progressFromTrace(
    trace.filter((e) => e.t <= t),
    partition,
    offset,
  );

const configs: [string, Record<string, unknown>, boolean][] = [
  ['default settings keep the partition blocked', {}, false],
  ['a retry limit without a destination drops the batch', { MaximumRetryAttempts: 2 }, false],
  [
    'a retry limit with a destination parks the batch',
    { MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: sqs } } },
    true,
  ],
  [
    'bisect with a destination parks only the pill',
    {
      MaximumRetryAttempts: 1,
      BisectBatchOnFunctionError: true,
      DestinationConfig: { OnFailure: { Destination: sqs } },
    },
    true,
  ],
];

describe('goal 1: partition 0 stalls at offset 5', () => {
  const { trace } = run();
  it.each([
    ['before the pill is first delivered', 800, false],
    ['after the first failure only', 1_150, false],
    ['after a retry has failed too', 1_400, true],
    ['at the end of the run', 10_000, true],
  ])('%s (t=%i ms): met=%s', (_name, t, met) => {
    expect(stalledAtPill(progressAt(trace, t), FIRST_POISON_PILL).met).toBe(met);
  });
});

describe('goal 2: unblocked without losing a record', () => {
  it.each(configs)('%s: met=%s', (_name, mapping, met) => {
    expect(unblockedWithoutLoss(progressAt(run(mapping).trace, Infinity), FIRST_POISON_PILL).met).toBe(met);
  });

  it('names the lost offsets when records were dropped', () => {
    const progress = progressAt(run({ MaximumRetryAttempts: 2 }).trace, Infinity);
    expect(unblockedWithoutLoss(progress, FIRST_POISON_PILL).detail).toContain('offsets 5–9');
  });

  it('is not met before the retries have run out', () => {
    const { trace } = run({
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: sqs } },
    });
    expect(unblockedWithoutLoss(progressAt(trace, 1_000), FIRST_POISON_PILL).met).toBe(false);
  });
});

describe('the live checker (ledger snapshots) agrees with the trace at every cursor position', () => {
  it.each(configs)('%s', (_name, mapping) => {
    const r = run(mapping);
    const ledger = createLedger(r);
    for (let index = 0; index <= ledger.events.length; index++) {
      const t = index === 0 ? 0 : ledger.events[index - 1]!.t;
      const live = progressFromSnapshot(ledger.at(index, t), partition, offset);
      const exact = progressFromTrace(ledger.events.slice(0, index), partition, offset);
      expect(unblockedWithoutLoss(live, FIRST_POISON_PILL)).toEqual(
        unblockedWithoutLoss(exact, FIRST_POISON_PILL),
      );
      if (!('BisectBatchOnFunctionError' in mapping))
        expect(stalledAtPill(live, FIRST_POISON_PILL).met).toBe(stalledAtPill(exact, FIRST_POISON_PILL).met);
    }
  });
});

describe('formatOffsets', () => {
  it.each([
    [[5], '5'],
    [[5, 6, 7], '5–7'],
    [[1, 3, 4, 9], '1, 3–4, 9'],
  ])('%j → %s', (offsets, text) => expect(formatOffsets(offsets)).toBe(text));
});
