import { describe, expect, it } from 'vitest';
import { applyKnob } from '../../simulation/knobs.ts';
import { sameScenario } from './sameScenario.ts';

const preset = {
  name: 'p',
  topic: { name: 'orders', partitions: 3 },
  mapping: { BatchSize: 5, FunctionResponseTypes: ['ReportBatchItemFailures'] },
};

describe('sameScenario', () => {
  it.each([
    ['the same object', preset, preset, true],
    [
      'a copy with keys in another order',
      preset,
      { mapping: { ...preset.mapping }, topic: preset.topic, name: 'p' },
      true,
    ],
    ['a knob set to the preset’s own value', preset, applyKnob(preset, 'BatchSize', 5), true],
    ['a knob set to another value', preset, applyKnob(preset, 'BatchSize', 2), false],
    ['a member written out with its default', preset, applyKnob(preset, 'MaximumRetryAttempts', -1), false],
    ['a list that lost an item', preset, applyKnob(preset, 'ReportBatchItemFailures', false), false],
    ['an array against an object with the same keys', { a: ['x'] }, { a: { 0: 'x' } }, false],
    ['null against an empty object', { a: null }, { a: {} }, false],
    ['a missing key against an undefined one', { a: 1 }, { b: undefined, a: 1 }, false],
  ])('%s', (_, a, b, same) => {
    expect(sameScenario(a, b)).toBe(same);
    expect(sameScenario(b, a)).toBe(same);
  });
});
