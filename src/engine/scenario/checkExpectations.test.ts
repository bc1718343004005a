import { describe, expect, it } from 'vitest';
import { checkExpectations, type ExpectationSubject } from './checkExpectations.ts';

/** A result where partition 0 got offsets 0-4 twice (a retry) and 5-9 once, and offset 7 was discarded. */
const result: ExpectationSubject = {
  errors: [],
  invocations: [
    { records: [0, 1, 2, 3, 4].map((offset) => ({ partition: 0, offset })) },
    { records: [0, 1, 2, 3, 4].map((offset) => ({ partition: 0, offset })) },
    { records: [5, 6, 8, 9].map((offset) => ({ partition: 0, offset })) },
  ],
  discarded: [{ partition: 0, offset: 7 }],
  final: { committed: { '0': 10, '1': null } },
  counts: { invocations: 3 },
};

describe('checkExpectations (spec §5)', () => {
  it('passes when every assertion holds', () => {
    expect(
      checkExpectations(result, {
        committed: { '0': 10, '1': null },
        delivered: { '0': '0-6,8-9', '1': '' },
        notDelivered: { '0': '7,10-20', '1': '0-100' },
        discarded: { '0': '7', '1': '' },
        invocations: { min: 3, max: 3 },
      }),
    ).toEqual([]);
  });

  it('reports one line per failed assertion', () => {
    expect(
      checkExpectations(result, {
        committed: { '0': 9, '1': 0 },
        delivered: { '0': '0-9' },
        notDelivered: { '0': '3-7' },
        discarded: { '0': '' },
        invocations: { min: 4 },
      }),
    ).toMatchInlineSnapshot(`
      [
        "expect.committed.0: expected 9, got 10",
        "expect.committed.1: expected 0, got null",
        "expect.delivered.0: expected exactly "0-9" delivered, got "0-6,8-9" (missing 7)",
        "expect.notDelivered.0: expected "3-7" never delivered, but 3-6 were",
        "expect.discarded.0: expected exactly "" discarded, got "7" (unexpected 7)",
        "expect.invocations: expected at least 4, got 3",
      ]
    `);
  });

  it('checks invocation bounds on both sides', () => {
    expect(checkExpectations(result, { invocations: { max: 2 } })).toMatchInlineSnapshot(`
      [
        "expect.invocations: expected at most 2, got 3",
      ]
    `);
    expect(checkExpectations(result, { invocations: { min: 1, max: 5 } })).toEqual([]);
  });

  it('reports a partition the result does not have', () => {
    expect(checkExpectations(result, { committed: { '3': 0 } })).toMatchInlineSnapshot(`
      [
        "expect.committed.3: the result has no committed offset for partition 3",
      ]
    `);
  });

  it('cannot check delivered sets against a summary', () => {
    const { invocations: _i, discarded: _d, ...summary } = result;
    expect(checkExpectations(summary, { delivered: { '0': '0-9' }, discarded: { '0': '' } }))
      .toMatchInlineSnapshot(`
      [
        "expect.delivered: the result has no invocations to check (it is a summary)",
        "expect.discarded: the result has no discarded list to check (it is a summary)",
      ]
    `);
  });
});

describe('expect.errors: the file declares it must be rejected (spec §1 exception)', () => {
  const rejected: ExpectationSubject = {
    errors: [
      {
        path: 'mapping.ParallelizationFactor',
        message: "Unsupported 'parallelizationFactor' parameter for given event source mapping type.",
      },
      { path: 'mapping.KafkaConfiguration', message: 'unknown member' },
    ],
  };

  it('holds when every string appears in some error path or message', () => {
    expect(
      checkExpectations(rejected, { errors: ['ParallelizationFactor', 'KafkaConfiguration', 'Unsupported'] }),
    ).toEqual([]);
  });

  it('fails for a string no error mentions, and ignores the other assertions', () => {
    expect(checkExpectations(rejected, { errors: ['BatchSize'], committed: { '0': 1 } }))
      .toMatchInlineSnapshot(`
      [
        "expect.errors: no error mentions "BatchSize" (errors at: mapping.ParallelizationFactor, mapping.KafkaConfiguration)",
      ]
    `);
  });

  it('fails when the scenario is valid', () => {
    expect(checkExpectations(result, { errors: ['ParallelizationFactor'] })).toMatchInlineSnapshot(`
      [
        "expect.errors: expected the scenario to be rejected (errors mentioning "ParallelizationFactor"), but it is valid",
      ]
    `);
  });

  it('without expect.errors an invalid result fails in one line', () => {
    expect(checkExpectations(rejected, { committed: { '0': 1 } })).toMatchInlineSnapshot(`
      [
        "the scenario is invalid (2 errors), so nothing could be checked",
      ]
    `);
  });
});
