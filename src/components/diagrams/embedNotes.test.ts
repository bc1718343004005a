import { describe, expect, it } from 'vitest';
import { embedNotes } from './embedNotes.ts';

describe('embedNotes', () => {
  it.each([
    ['nothing to say', { problems: [], rejected: [] }, []],
    [
      'ignored address values, in one sentence',
      { problems: ['BatchSize=abc: expected a number', 'knobs: unknown knob X'], rejected: [] },
      ['Ignored in the embed address: BatchSize=abc: expected a number; knobs: unknown knob X'],
    ],
    [
      'the engine’s own words for a rejected mapping',
      { problems: [], rejected: [{ path: 'mapping.MaximumRecordAgeInSeconds', message: 'minimum is 60s' }] },
      [
        'The engine rejects the knob values in the embed address, so the run on screen stays: mapping.MaximumRecordAgeInSeconds: minimum is 60s',
      ],
    ],
    [
      'a simulator that could not load',
      { problems: [], rejected: [], unreachable: 'Failed to fetch dynamically imported module' },
      [
        'The simulator could not be loaded to apply the knob values, so the run on screen stays (Failed to fetch dynamically imported module).',
      ],
    ],
  ])('%s', (_, input, notes) => {
    expect(embedNotes(input)).toEqual(notes);
  });
});
