import { describe, expect, it } from 'vitest';
import { interpretAnswer, scriptedAnswer } from './interpretAnswer.ts';
import type { KafkaMapping } from '../mapping/KafkaMapping.ts';
import type { Work } from './Work.ts';

const mapping = { topic: 'orders', reportBatchItemFailures: true } as KafkaMapping;
const work: Work = {
  parts: [
    { partition: 0, ranges: [{ partition: 0, from: 0, to: 4 }], commitTo: 5 },
    { partition: 1, ranges: [{ partition: 1, from: 10, to: 11 }], commitTo: 12 },
  ],
  attempt: 1,
  bisectDepth: 0,
};
const failure = (partition: unknown, offset: unknown) => ({ itemIdentifier: { partition, offset } });

describe('interpretAnswer (R12, R13, R17)', () => {
  it.each([
    ['R13: a timeout is a function error', { kind: 'timeout' } as const, 'timeout'],
    ['R13: a thrown error is a function error', { kind: 'error', message: 'boom' } as const, 'error'],
    ['R12: null is success', { kind: 'return', value: null } as const, 'success'],
    ['R12: an empty object is success', { kind: 'return', value: {} } as const, 'success'],
    [
      'R17: an empty batchItemFailures is success',
      { kind: 'return', value: { batchItemFailures: [] } } as const,
      'success',
    ],
    [
      'R12: a statusCode 500 body is still success',
      { kind: 'return', value: { statusCode: 500 } } as const,
      'success',
    ],
    [
      'R17: listed records present in the event are a partial response',
      {
        kind: 'return',
        value: { batchItemFailures: [failure('orders-1', 11), failure('orders-0', 3)] },
      } as const,
      'partial',
    ],
    [
      'R17: an offset not in the event fails the whole batch',
      { kind: 'return', value: { batchItemFailures: [failure('orders-0', 7)] } } as const,
      'error',
    ],
    [
      'R17: a partition key not in the event fails the whole batch',
      { kind: 'return', value: { batchItemFailures: [failure('payments-0', 1)] } } as const,
      'error',
    ],
    [
      'R17: the Powertools "topic-partition" key is not AWS’s shape and fails the batch',
      {
        kind: 'return',
        value: { batchItemFailures: [{ itemIdentifier: { 'topic-partition': 'orders-0', offset: 1 } }] },
      } as const,
      'error',
    ],
    [
      'R17: batchItemFailures that is not a list fails the batch',
      { kind: 'return', value: { batchItemFailures: 'orders-0' } } as const,
      'error',
    ],
  ])('%s', (_name, answer, outcome) => {
    expect(interpretAnswer(answer, work, mapping, 3000).outcome).toBe(outcome);
  });

  it('R17: failures are listed sorted and flagged invalid only for unknown records', () => {
    const ok = interpretAnswer(
      { kind: 'return', value: { batchItemFailures: [failure('orders-1', 11), failure('orders-0', 3)] } },
      work,
      mapping,
      3000,
    );
    expect(ok.failures).toEqual([
      { partition: 0, offset: 3 },
      { partition: 1, offset: 11 },
    ]);
    const bad = interpretAnswer(
      { kind: 'return', value: { batchItemFailures: [failure('orders-0', 9)] } },
      work,
      mapping,
      3000,
    );
    expect(bad.invalidResponse).toBe(true);
    expect(bad.message).toMatch(/whole batch counts as failed \(R17\)/);
  });

  it('R12: without ReportBatchItemFailures the response is never read', () => {
    const off = { ...mapping, reportBatchItemFailures: false };
    expect(
      interpretAnswer({ kind: 'return', value: { batchItemFailures: [failure('x', 1)] } }, work, off, 3000)
        .outcome,
    ).toBe('success');
  });

  it('scripted partial answers use the AWS response shape', () => {
    expect(scriptedAnswer({ kind: 'partial', failures: [{ partition: 2, offset: 7 }] }, 'orders')).toEqual({
      kind: 'return',
      value: { batchItemFailures: [{ itemIdentifier: { partition: 'orders-2', offset: 7 } }] },
    });
  });
});
