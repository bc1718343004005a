import { describe, expect, it } from 'vitest';
import { readEmbedQuery } from './embedQuery.ts';

const input = { name: 'x', mapping: { BatchSize: 10 } };

describe('readEmbedQuery', () => {
  it('defaults: follow the viewer’s theme, no start time, no knobs, the preset unchanged', () => {
    expect(readEmbedQuery('', input)).toEqual({ theme: 'auto', input, knobs: [], problems: [] });
  });

  it.each([
    ['?theme=dark', 'dark'],
    ['?theme=light', 'light'],
    ['?theme=sepia', 'auto'],
  ])('%s → theme %s', (search, theme) => expect(readEmbedQuery(search, input).theme).toBe(theme));

  it.each([
    ['?t=12s', 12_000],
    ['?t=2m', 120_000],
    ['?t=1500', 1500],
  ])('%s starts at %i ms', (search, at) => expect(readEmbedQuery(search, input).at).toBe(at));

  it('applies knob values and lists the knobs to show', () => {
    const q = readEmbedQuery(
      '?BatchSize=5&BisectBatchOnFunctionError=true&StartingPosition=LATEST&knobs=BatchSize',
      input,
    );
    expect(q.input).toMatchObject({
      mapping: { BatchSize: 5, BisectBatchOnFunctionError: true, StartingPosition: 'LATEST' },
    });
    expect(q.knobs).toEqual(['BatchSize']);
    expect(q.problems).toEqual([]);
  });

  it('reports what it ignores instead of guessing', () => {
    const q = readEmbedQuery(
      '?t=soon&BatchSize=0&ReportBatchItemFailures=maybe&StartingPosition=EARLIEST&knobs=Nope',
      input,
    );
    expect(q.input).toBe(input);
    expect(q.problems).toEqual([
      expect.stringMatching(/^t=soon: /),
      'knobs: unknown knob Nope',
      'BatchSize=0: expected 1 to 10000',
      'ReportBatchItemFailures=maybe: expected true or false',
      'StartingPosition=EARLIEST: expected one of TRIM_HORIZON, LATEST',
    ]);
  });
});
