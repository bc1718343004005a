/**
 * Golden traces: a few scenarios with fixed seeds whose full trace is pinned in `__golden__/`. A change
 * in behaviour shows up as a readable diff (one event per line); update with `vitest -u` only when the
 * change is intended and the rule behind it is named in the commit.
 */
import { describe, expect, it } from 'vitest';
import { loadValid, runScenario } from './testing/runScenario.ts';
import { simulateSync } from './simulate.ts';
import { toResultDocument } from './result/toResultDocument.ts';

const sqs = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq';

const goldens: [string, Record<string, unknown>][] = [
  [
    'retries-then-destination-two-partitions',
    {
      seed: 11,
      duration: '2m',
      topic: { name: 'orders', partitions: 2 },
      produce: [
        { partition: 0, count: 12, at: 0, every: '100ms' },
        { partition: 1, count: 6, at: '500ms', every: '1s' },
      ],
      mapping: {
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: 5,
        ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 1 },
        MaximumRetryAttempts: 1,
        DestinationConfig: { OnFailure: { Destination: sqs } },
      },
      function: { outcomes: [{ partition: 0, offset: 6, result: 'error' }] },
    },
  ],
  [
    'filter-partial-bisect',
    {
      seed: 22,
      duration: '1m',
      topic: { name: 'orders', partitions: 1 },
      produce: [
        { count: 4, value: { type: 'order' } },
        { count: 3, value: { type: 'ping' } },
        { count: 5, at: '2s', value: { type: 'order' } },
      ],
      mapping: {
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: 10,
        MaximumBatchingWindowInSeconds: 1,
        ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 1 },
        BisectBatchOnFunctionError: true,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        MaximumRetryAttempts: 2,
        FilterCriteria: { Filters: [{ Pattern: '{"value":{"type":["order"]}}' }] },
      },
      function: {
        outcomes: [
          { partition: 0, offset: 2, result: 'partial', times: 1 },
          { partition: 0, offset: 9, result: 'error', times: 2 },
        ],
      },
    },
  ],
  [
    'disable-expire-enable-update',
    {
      seed: 33,
      duration: '9d',
      topic: { name: 'orders', partitions: 2, retention: '8d', offsetsRetention: '7d' },
      produce: [
        { partition: 0, count: 5, at: '1m' },
        { partition: 1, count: 5, at: '2d' },
        { partition: 0, count: 5, at: '193h' },
      ],
      mapping: { StartingPosition: 'LATEST', BatchSize: 3 },
      actions: [
        { at: '1h', do: 'disable' },
        { at: '8d', do: 'enable' },
        { at: '194h', do: 'update', mapping: { BatchSize: 1 } },
      ],
    },
  ],
];

describe('golden traces', () => {
  it.each(goldens)('%s', async (name, file) => {
    const { run, doc } = runScenario(file);
    const lines = run.trace.map((e) => JSON.stringify(e)).join('\n');
    await expect(`${lines}\n`).toMatchFileSnapshot(`__golden__/${name}.trace.jsonl`);
    await expect(`${JSON.stringify(doc, null, 2)}\n`).toMatchFileSnapshot(`__golden__/${name}.result.json`);
  });
});

describe("detail: 'summary'", () => {
  it.each(goldens)(
    '%s: keeps only lifecycle-level events, with the same final state and counts',
    (_name, file) => {
      const loaded = loadValid(file);
      const full = simulateSync(loaded);
      const summary = simulateSync(loaded, { detail: 'summary' });
      expect(toResultDocument(summary, { summary: true })).toEqual(toResultDocument(full, { summary: true }));
      expect(summary.trace.some((e) => e.type === 'invocation.started')).toBe(false);
      expect(summary.trace.filter((e) => e.type === 'mapping.state')).toEqual(
        full.trace.filter((e) => e.type === 'mapping.state'),
      );
      expect(() => toResultDocument(summary)).toThrow(/summary/);
    },
  );
});
