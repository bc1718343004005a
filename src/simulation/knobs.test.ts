import { describe, expect, it } from 'vitest';
import { applyKnob, KNOBS } from './knobs.ts';
import { mergeScenario } from './mergeScenario.ts';

const preset = {
  topic: { partitions: 1 },
  mapping: {
    StartingPosition: 'TRIM_HORIZON',
    BatchSize: 5,
    DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:x' } },
  },
};

describe('knobs: each one changes exactly its member of the scenario', () => {
  it.each([
    ['BatchSize', 50, { BatchSize: 50 }],
    ['MaximumRetryAttempts', 2, { MaximumRetryAttempts: 2 }],
    ['BisectBatchOnFunctionError', true, { BisectBatchOnFunctionError: true }],
    ['ReportBatchItemFailures', true, { FunctionResponseTypes: ['ReportBatchItemFailures'] }],
    ['StartingPosition', 'LATEST', { StartingPosition: 'LATEST' }],
  ] as const)('%s = %s', (name, value, members) => {
    const next = applyKnob(preset, name, value);
    expect(next['mapping']).toEqual({ ...preset.mapping, ...members });
    expect(KNOBS[name].read(next)).toEqual(value);
  });

  it('removes the destination when set to none', () => {
    const next = applyKnob(preset, 'OnFailureDestination', '');
    expect(next['mapping']).not.toHaveProperty('DestinationConfig');
    expect(KNOBS.OnFailureDestination.read(next)).toBe('');
  });

  it('sets offsets retention on the topic, keeping the rest of it', () => {
    expect(applyKnob(preset, 'OffsetsRetention', '1d')['topic']).toEqual({
      partitions: 1,
      offsetsRetention: '1d',
    });
  });
});

describe('mergeScenario: inline overrides over a preset', () => {
  it.each([
    [
      'objects merge member by member',
      { mapping: { BatchSize: 9 } },
      { ...preset, mapping: { ...preset.mapping, BatchSize: 9 } },
    ],
    [
      'null removes a member',
      { mapping: { DestinationConfig: null } },
      { ...preset, mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 5 } },
    ],
    ['lists and scalars replace', { topic: 3 }, { ...preset, topic: 3 }],
    ['no overrides keeps the preset', undefined, preset],
  ])('%s', (_, overrides, expected) => {
    expect(mergeScenario(preset, overrides)).toEqual(expected);
  });
});
