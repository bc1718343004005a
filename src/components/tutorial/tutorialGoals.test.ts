import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenario, simulateSync, type TraceEvent } from '../../engine/index.ts';
import { FIRST_POISON_PILL, stalledAtPill, unblockedWithoutLoss } from './tutorialGoals.ts';

const preset = parse(
  readFileSync(new URL('../../scenarios/presets/first-poison-pill.yaml', import.meta.url), 'utf8'),
);
const sqs = 'arn:aws:sqs:us-east-1:123456789012:orders-failed';

/** The tutorial's scenario with the reader's knob settings applied to the mapping. */
function run(mapping: Record<string, unknown> = {}): TraceEvent[] {
  const loaded = loadScenario({ ...preset, expect: undefined, mapping: { ...preset.mapping, ...mapping } });
  expect(loaded.errors).toEqual([]);
  return simulateSync(loaded).trace;
}

function until(trace: TraceEvent[], t: number): TraceEvent[] {
  return trace.filter((e) => e.t <= t);
}

describe('goal 1: partition 0 stalls at offset 5', () => {
  const trace = run();
  it.each([
    ['before the pill is first delivered', 800, false],
    ['after the first failure only', 1_150, false],
    ['after a retry has failed too', 1_400, true],
    ['at the end of the run', 10_000, true],
  ])('%s (t=%i ms): met=%s', (_name, t, met) => {
    expect(stalledAtPill(until(trace, t), FIRST_POISON_PILL).met).toBe(met);
  });
});

describe('goal 2: unblocked without losing a record', () => {
  it.each([
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
  ])('%s: met=%s', (_name, mapping, met) => {
    expect(unblockedWithoutLoss(run(mapping), FIRST_POISON_PILL).met).toBe(met);
  });

  it('names the lost offsets when records were dropped', () => {
    expect(unblockedWithoutLoss(run({ MaximumRetryAttempts: 2 }), FIRST_POISON_PILL).detail).toContain(
      'offsets 5–9',
    );
  });

  it('is not met before the destination write has happened', () => {
    const trace = run({ MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: sqs } } });
    expect(unblockedWithoutLoss(until(trace, 1_000), FIRST_POISON_PILL).met).toBe(false);
  });
});
