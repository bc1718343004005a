/**
 * The simulator rules of shared/reference/esm-kafka-facts.md, one table row per behaviour, each named
 * after its rule. Scenarios are written in the file format (spec §3) and run through the real loader.
 */
import { describe, expect, it } from 'vitest';
import { delivered, discarded, invocationLines, runScenario } from '../testing/runScenario.ts';

const provisioned = { ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 1 } };
const scenario = (over: Record<string, unknown>, mapping: Record<string, unknown> = {}) => ({
  duration: '10m',
  topic: { name: 'orders', partitions: 1 },
  produce: [{ partition: 0, count: 10, at: 0 }],
  ...over,
  mapping: { StartingPosition: 'TRIM_HORIZON', BatchSize: 10, MaximumBatchingWindowInSeconds: 0, ...mapping },
});

describe('R1 defaults', () => {
  it('R1: without MaximumBatchingWindowInSeconds the window is 500 ms', () => {
    const file = scenario({}, { BatchSize: 100 });
    delete (file.mapping as Record<string, unknown>)['MaximumBatchingWindowInSeconds'];
    const { doc } = runScenario(file);
    expect(invocationLines(doc)).toEqual(['500-520 a1 success 0:0-9']);
  });
  it('R1: MaximumBatchingWindowInSeconds 0 invokes at once', () => {
    const { doc } = runScenario(scenario({}, { BatchSize: 100 }));
    expect(invocationLines(doc)).toEqual(['0-20 a1 success 0:0-9']);
  });
  it('R1: the default consumer group is the mapping UUID, drawn from the seed', () => {
    const a = runScenario(scenario({ seed: 7 })).run;
    const b = runScenario(scenario({ seed: 7 })).run;
    const c = runScenario(scenario({ seed: 8 })).run;
    expect(a.consumerGroupId).toBe(a.mappingUuid);
    expect(a.mappingUuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.mappingUuid).toBe(a.mappingUuid);
    expect(c.mappingUuid).not.toBe(a.mappingUuid);
  });
});

describe('R6 starting position', () => {
  const history = [
    { partition: 0, count: 10, at: 0 },
    { partition: 0, count: 5, at: '1m' },
  ];
  it.each([
    ['TRIM_HORIZON reads from the log start', { StartingPosition: 'TRIM_HORIZON' }, '0-14'],
    ['LATEST reads from the log end when polling begins', { StartingPosition: 'LATEST' }, '10-14'],
    [
      'AT_TIMESTAMP reads from the first record at or after the timestamp',
      {
        StartingPosition: 'AT_TIMESTAMP',
        StartingPositionTimestamp: Date.parse('2026-01-01T00:00:00Z') / 1000,
      },
      '0-14',
    ],
  ])('R6: %s', (_name, mapping, expected) => {
    const { doc } = runScenario(scenario({ produce: history }, mapping));
    expect(delivered(doc)).toBe(expected);
    expect(doc.final.committed).toEqual({ 0: 15 });
  });

  it('R6: a valid committed offset of an existing group wins over StartingPosition, with a warning', () => {
    const { doc } = runScenario(
      scenario(
        { consumerGroup: { id: 'billing', offsets: { 0: 4 } } },
        { StartingPosition: 'LATEST', AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' } },
      ),
    );
    expect(delivered(doc)).toBe('4-9');
    expect(doc.warnings).toContain(
      'StartingPosition ignored: consumer group billing has a committed offset for partition 0',
    );
  });

  it.each([
    ['starting-position', 'TRIM_HORIZON', '2-4,10-14'],
    ['starting-position', 'LATEST', '2-4'],
    ['log-start', 'LATEST', '2-4,10-14'],
  ])('R6/Q5: a committed offset below the log start resets (%s model, %s)', (model, start, expected) => {
    const { doc, run } = runScenario(
      scenario(
        {
          duration: '3d',
          topic: { name: 'orders', partitions: 1, retention: '1d' },
          produce: [
            { partition: 0, count: 5, at: 0 },
            { partition: 0, count: 5, at: '1h' },
            { partition: 0, count: 5, at: '20h' },
          ],
          consumerGroup: { id: 'billing', offsets: { 0: 2 } },
          model: { invalidOffsetReset: model },
          actions: [
            { at: '30m', do: 'delete' },
            { at: '26h', do: 'create' },
          ],
        },
        {
          StartingPosition: start,
          AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' },
          Enabled: true,
        },
      ),
    );
    const resolved = run.trace.filter((e) => e.type === 'position.resolved');
    expect(resolved.at(-1)).toMatchObject({ invalidCommitted: 5 });
    // committed 5 (after 2-4) is below the log start 10 when the mapping is re-created at 26 h
    expect(delivered(doc)).toBe(expected);
  });
});

describe('R7 retention', () => {
  it('R7: offsets of a group left empty longer than offsetsRetention are deleted', () => {
    const { run, doc } = runScenario(
      scenario({
        duration: '9d',
        topic: { name: 'orders', partitions: 1, offsetsRetention: '7d' },
        actions: [{ at: '1h', do: 'disable' }],
      }),
    );
    const expired = run.trace.find((e) => e.type === 'offsets.expired');
    expect(expired).toMatchObject({ t: 7 * 86_400_000 + 3_600_000, partitions: [0] });
    expect(doc.final.committed).toEqual({ 0: null });
  });
  it('R7: a pre-existing group counts as empty since t = 0', () => {
    const { run } = runScenario(
      scenario({ duration: '8d', consumerGroup: { id: 'old', offsets: { 0: 3 } } }),
    );
    expect(run.trace.find((e) => e.type === 'offsets.expired')).toMatchObject({
      t: 7 * 86_400_000,
      group: 'old',
    });
  });
  it('R7: log retention moves the log start; lag counts from the committed offset', () => {
    const { doc } = runScenario(
      scenario(
        { duration: '3d', topic: { name: 'orders', partitions: 1, retention: '2d' } },
        { Enabled: false },
      ),
    );
    expect(doc.final).toMatchObject({
      logStart: { 0: 10 },
      logEnd: { 0: 10 },
      committed: { 0: null },
      lag: { 0: 0 },
    });
  });
});

describe('R8 batching', () => {
  it('R8: BatchSize caps every invocation; consecutive batches follow offsets', () => {
    const { doc } = runScenario(scenario({ produce: [{ count: 25 }] }));
    expect(invocationLines(doc)).toEqual([
      '0-20 a1 success 0:0-9',
      '20-40 a1 success 0:10-19',
      '40-60 a1 success 0:20-24',
    ]);
  });
  it('R8: a window closes early when BatchSize records have arrived', () => {
    const { run } = runScenario(
      scenario({ produce: [{ count: 30, at: 0, every: '10ms' }] }, { MaximumBatchingWindowInSeconds: 1 }),
    );
    const formed = run.trace.filter((e) => e.type === 'batch.formed');
    expect(formed.map((e) => [e.t, e.closedBy, e.records])).toEqual([
      [90, 'size', 10],
      [190, 'size', 10],
      [290, 'size', 10],
    ]);
  });
  it('R8: the 6 MB payload limit closes a batch', () => {
    const { run } = runScenario(scenario({ produce: [{ count: 8, size: '1MB' }] }, { BatchSize: 100 }));
    const formed = run.trace.filter((e) => e.type === 'batch.formed');
    expect(formed.map((e) => [e.closedBy, e.records, e.bytes])).toEqual([
      ['payload', 6, 6 * 1024 * 1024],
      ['immediate', 2, 2 * 1024 * 1024],
    ]);
  });
  it('R8: one poller mixes partitions in a batch, grouped per partition in offset order', () => {
    const { doc } = runScenario(
      scenario({
        topic: { name: 'orders', partitions: 2 },
        produce: [
          { partition: 0, count: 3 },
          { partition: 1, count: 2 },
        ],
      }),
    );
    expect(invocationLines(doc)).toEqual(['0-20 a1 success 0:0-2 1:0-1']);
    expect(doc.commits).toEqual([
      { at: 20, partition: 0, offset: 3 },
      { at: 20, partition: 1, offset: 2 },
    ]);
  });
});

describe('R9 one batch in flight per partition', () => {
  it('R9: a failing partition is blocked while the other keeps flowing', () => {
    const { doc } = runScenario(
      scenario({
        duration: '100ms',
        topic: { name: 'orders', partitions: 2 },
        produce: [
          { partition: 0, count: 20 },
          { partition: 1, count: 20 },
        ],
        function: { outcomes: [{ partition: 0, offset: 0, result: 'error' }] },
      }),
    );
    expect(delivered(doc, 0)).toBe('0-9');
    expect(delivered(doc, 1)).toBe('0-19');
    expect(doc.final.committed).toEqual({ 0: null, 1: 20 });
  });
});

describe('R10 filtering', () => {
  const values = [
    { count: 5, value: { type: 'order' } },
    { count: 5, value: { type: 'ping' } },
  ];
  const filter = {
    FilterCriteria: { Filters: [{ Pattern: '{"value":{"type":["order"]}}' }] },
    BatchSize: 100,
  };
  it('R10: filtered records are never sent and are committed with the next success', () => {
    const { doc, run } = runScenario(
      scenario({ produce: [...values, { count: 5, value: { type: 'order' } }] }, filter),
    );
    expect(delivered(doc)).toBe('0-4,10-14');
    expect(doc.final.committed).toEqual({ 0: 15 });
    expect(run.trace.find((e) => e.type === 'records.filtered')).toMatchObject({
      ranges: [{ partition: 0, from: 5, to: 9 }],
    });
  });
  it.each([
    ['commit-with-next-invocation', null],
    ['commit-immediately', 10],
  ])('R10/Q4: a poll that is entirely filtered out (%s)', (filteredPoll, committed) => {
    const { doc } = runScenario(
      scenario({ produce: [values[0], { ...values[1], at: '1m' }], model: { filteredPoll } }, filter),
    );
    expect(doc.final.committed).toEqual({ 0: committed ?? 5 });
    expect(doc.model['filteredPoll']).toContain(filteredPoll);
  });
});

describe('R11 oversized records', () => {
  it.each([
    [
      'with a destination',
      { DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } } },
      'arn:aws:sqs:us-east-1:123456789012:dlq',
    ],
    ['without a destination', {}, null],
  ])('R11: a record over 6 MB is skipped %s', (_name, mapping, destination) => {
    const { doc } = runScenario(
      scenario(
        { produce: [{ count: 2 }, { count: 1, size: '7MB' }, { count: 2 }] },
        { BatchSize: 100, ...mapping },
      ),
    );
    // the first poll stops before the oversized record; the next poll (after the first batch) skips it
    expect(doc.discarded).toEqual([
      { at: 20, partition: 0, offset: 2, reason: 'MaximumPayloadSizeExceeded', destination },
    ]);
    expect(delivered(doc)).toBe('0-1,3-4');
    expect(doc.final.committed).toEqual({ 0: 5 });
  });
});

describe('R12–R14 outcomes and commits', () => {
  it('R12: success commits the last offset + 1', () => {
    const { doc } = runScenario(scenario({}));
    expect(doc.commits).toEqual([{ at: 20, partition: 0, offset: 10 }]);
  });
  it('R12: a timeout is a failure, a normal return is success whatever it contains', () => {
    const { doc } = runScenario(
      scenario({
        function: { timeout: '1s', outcomes: [{ partition: 0, offset: 3, result: 'timeout', times: 1 }] },
      }),
    );
    expect(invocationLines(doc)).toEqual(['0-1000 a1 timeout 0:0-9', '1000-1020 a2 success 0:0-9']);
  });
  it('R13: a failing batch is retried whole with the same offsets until it succeeds', () => {
    const { doc } = runScenario(
      scenario({ function: { outcomes: [{ partition: 0, offset: '4-5', result: 'error', times: 2 }] } }),
    );
    expect(invocationLines(doc)).toEqual([
      '0-20 a1 error 0:0-9',
      '20-40 a2 error 0:0-9',
      '40-60 a3 success 0:0-9',
    ]);
    expect(doc.commits).toEqual([{ at: 60, partition: 0, offset: 10 }]);
  });
  it.each([
    [0, 1],
    [2, 3],
    [-1, 11],
  ])('R14/R4: MaximumRetryAttempts %i with a destination gives %i invocations', (retries, invocations) => {
    const { doc } = runScenario(
      scenario(
        { function: { outcomes: [{ partition: 0, offset: 5, result: 'error' }] } },
        {
          ...provisioned,
          MaximumRetryAttempts: retries,
          DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } },
        },
      ),
    );
    expect(doc.counts.invocations).toBe(invocations);
    expect(discarded(doc)).toBe('0-9');
    expect(doc.discarded?.[0]).toMatchObject({ reason: 'RetryAttemptsExhausted' });
    expect(doc.final.committed).toEqual({ 0: 10 });
  });
  it('R14: without a destination exhausted records are dropped (destination null) and passed', () => {
    const { doc } = runScenario(
      scenario(
        { function: { outcomes: [{ partition: 0, offset: 5, result: 'error' }] } },
        { ...provisioned, MaximumRetryAttempts: 1 },
      ),
    );
    expect(doc.discarded?.every((d) => d.destination === null)).toBe(true);
    expect(doc.final.committed).toEqual({ 0: 10 });
  });
});

describe('R15 record age', () => {
  it('R15: records older than MaximumRecordAgeInSeconds at poll time are discarded, not sent', () => {
    const { doc } = runScenario(
      scenario(
        { produce: [{ count: 5 }, { count: 5, at: '2m' }], actions: [{ at: '90s', do: 'enable' }] },
        { ...provisioned, Enabled: false, MaximumRecordAgeInSeconds: 60 },
      ),
    );
    expect(discarded(doc)).toBe('0-4');
    expect(doc.discarded?.[0]).toMatchObject({ at: 90_000, reason: 'RecordAgeExceeded' });
    expect(delivered(doc)).toBe('5-9');
    expect(doc.final.committed).toEqual({ 0: 10 });
  });
  it('R15: records that grow too old while retried are discarded at the next retry', () => {
    const { doc } = runScenario(
      scenario(
        {
          function: {
            duration: '10s',
            timeout: '30s',
            outcomes: [{ partition: 0, offset: 0, result: 'error' }],
          },
        },
        { ...provisioned, MaximumRecordAgeInSeconds: 60 },
      ),
    );
    expect(doc.counts.invocations).toBe(7);
    expect(doc.discarded?.[0]).toMatchObject({ at: 70_000, reason: 'RecordAgeExceeded' });
    expect(doc.final.committed).toEqual({ 0: 10 });
  });
});

describe('R16 bisect', () => {
  it('R16: halves are retried separately and isolate the failing record', () => {
    const { doc } = runScenario(
      scenario(
        { produce: [{ count: 8 }], function: { outcomes: [{ partition: 0, offset: 5, result: 'error' }] } },
        { ...provisioned, BatchSize: 8, BisectBatchOnFunctionError: true, MaximumRetryAttempts: 1 },
      ),
    );
    expect(invocationLines(doc).map((l) => l.replace(/^\S+ /, ''))).toEqual([
      'a1 error 0:0-7',
      'a1 success 0:0-3',
      'a1 error 0:4-7',
      'a1 error 0:4-5',
      'a1 success 0:4',
      'a1 error 0:5',
      'a2 error 0:5',
      'a1 success 0:6-7',
    ]);
    expect(discarded(doc)).toBe('5');
    expect(doc.commits?.map((c) => c.offset)).toEqual([4, 5, 6, 8]);
  });
});

describe('R17 partial batch response', () => {
  const partial = (model: string) =>
    runScenario(
      scenario(
        {
          model: { partialBatch: model },
          function: {
            outcomes: [
              { partition: 0, offset: 3, result: 'partial', times: 1 },
              { partition: 0, offset: 6, result: 'partial', times: 1 },
            ],
          },
        },
        { ...provisioned, FunctionResponseTypes: ['ReportBatchItemFailures'] },
      ),
    ).doc;
  it('R17/Q1: retry-from-lowest commits below the lowest failure and re-delivers from it', () => {
    const doc = partial('retry-from-lowest');
    expect(invocationLines(doc)).toEqual(['0-20 a1 partial 0:0-9', '20-40 a2 success 0:3-9']);
    expect(doc.commits?.map((c) => c.offset)).toEqual([3, 10]);
    expect(doc.model['partialBatch']).toMatch(/^retry-from-lowest/);
  });
  it('R17/Q1: retry-listed-only re-delivers just the listed records', () => {
    const doc = partial('retry-listed-only');
    expect(invocationLines(doc)).toEqual(['0-20 a1 partial 0:0-9', '20-40 a2 success 0:3,6']);
    expect(doc.commits?.map((c) => c.offset)).toEqual([3, 10]);
  });
  it('R17: a reported failure in one partition leaves the other partition committed', () => {
    const { doc } = runScenario(
      scenario(
        {
          topic: { name: 'orders', partitions: 2 },
          produce: [
            { partition: 0, count: 4 },
            { partition: 1, count: 4 },
          ],
          function: { outcomes: [{ partition: 1, offset: 2, result: 'partial', times: 1 }] },
        },
        { ...provisioned, FunctionResponseTypes: ['ReportBatchItemFailures'] },
      ),
    );
    expect(invocationLines(doc)).toEqual(['0-20 a1 partial 0:0-3 1:0-3', '20-40 a2 success 1:2-3']);
    expect(doc.commits).toEqual([
      { at: 20, partition: 0, offset: 4 },
      { at: 20, partition: 1, offset: 2 },
      { at: 40, partition: 1, offset: 4 },
    ]);
  });
  it('R12: without ReportBatchItemFailures a batchItemFailures response is a success', () => {
    const { doc } = runScenario(
      scenario({ function: { outcomes: [{ partition: 0, offset: 5, result: 'partial' }] } }),
    );
    expect(invocationLines(doc)).toEqual(['0-20 a1 success 0:0-9']);
  });
});

describe('R19, R20 pollers', () => {
  it('R20: provisioned MinimumPollers = MaximumPollers runs that many pollers and never rebalances', () => {
    const { run } = runScenario(
      scenario(
        {
          duration: '1h',
          topic: { name: 'orders', partitions: 3 },
          produce: [0, 1, 2].map((partition) => ({ partition, count: 5000 })),
          function: { duration: '1s' },
        },
        { ProvisionedPollerConfig: { MinimumPollers: 3, MaximumPollers: 3 } },
      ),
    );
    const assigned = run.trace.filter((e) => e.type === 'pollers.assigned');
    expect(assigned.map((e) => e.pollers)).toEqual([[[0], [1], [2]]]);
  });
  it('R19: on-demand starts with one poller and adds pollers when lag persists, rebalancing', () => {
    const { run, doc } = runScenario(
      scenario({
        duration: '30m',
        topic: { name: 'orders', partitions: 3 },
        produce: [0, 1, 2].map((partition) => ({ partition, count: 3000 })),
        function: { duration: '2s', timeout: '10s' },
      }),
    );
    const assigned = run.trace.filter((e) => e.type === 'pollers.assigned');
    expect(assigned[0]).toMatchObject({ pollers: [[0, 1, 2]], rebalance: false });
    expect(assigned[1]).toMatchObject({ t: 120_000, pollers: [[0], [1], [2]], rebalance: true });
    expect(doc.final.committed).toEqual({ 0: 3000, 1: 3000, 2: 3000 });
  });
});

describe('R22, R23 lifecycle', () => {
  it('R22: disable stops polling; an in-flight invocation finishes and commits (Q12); enable resumes', () => {
    const { doc, run } = runScenario(
      scenario({
        produce: [{ count: 10 }, { count: 10, at: '1m' }],
        function: { duration: '5s', timeout: '10s' },
        actions: [
          { at: '2s', do: 'disable' },
          { at: '2m', do: 'enable' },
        ],
      }),
    );
    expect(invocationLines(doc)).toEqual(['0-5000 a1 success 0:0-9', '120000-125000 a1 success 0:10-19']);
    const states = run.trace.filter((e) => e.type === 'mapping.state').map((e) => `${e.t}:${e.to}`);
    expect(states).toEqual([
      '0:Creating',
      '0:Enabling',
      '0:Enabled',
      '2000:Disabling',
      '5000:Disabled',
      '120000:Enabling',
      '120000:Enabled',
    ]);
  });
  it('R22/Q12: with model.disableInFlight redeliver, the in-flight batch is not committed and comes again', () => {
    const { doc } = runScenario(
      scenario({
        produce: [{ count: 10 }],
        function: { duration: '5s', timeout: '10s' },
        model: { disableInFlight: 'redeliver' },
        actions: [
          { at: '2s', do: 'disable' },
          { at: '2m', do: 'enable' },
        ],
      }),
    );
    expect(invocationLines(doc)).toEqual(['0-5000 a1 success 0:0-9', '120000-125000 a1 success 0:0-9']);
    expect(doc.model['disableInFlight']).toMatch(/^redeliver \(Q12\)/);
  });
  it('R22: a disable at t = 0 (while Creating) leaves the mapping Disabled until enabled', () => {
    const { doc, run } = runScenario(
      scenario({
        actions: [
          { at: 0, do: 'disable' },
          { at: '1m', do: 'enable' },
        ],
      }),
    );
    expect(invocationLines(doc)).toEqual(['60000-60020 a1 success 0:0-9']);
    expect(run.trace.filter((e) => e.type === 'mapping.state').map((e) => e.to)).toEqual([
      'Creating',
      'Disabled',
      'Enabling',
      'Enabled',
    ]);
  });
  it('R23: an update applies to the next batches', () => {
    const { doc, run } = runScenario(
      scenario({
        produce: [{ count: 10 }, { count: 10, at: '2m' }],
        actions: [{ at: '1m', do: 'update', mapping: { BatchSize: 5 } }],
      }),
    );
    expect(delivered(doc)).toBe('0-19');
    expect(invocationLines(doc).map((l) => l.split(' ').pop())).toEqual(['0:0-9', '0:10-14', '0:15-19']);
    expect(run.trace.filter((e) => e.type === 'mapping.state').map((e) => e.to)).toContain('Updating');
  });
  it('R22/R7: delete abandons the UUID group; a new mapping gets a fresh group and re-reads with TRIM_HORIZON', () => {
    const { doc, run } = runScenario(
      scenario({
        actions: [
          { at: '1m', do: 'delete' },
          { at: '2m', do: 'create' },
        ],
      }),
    );
    expect(delivered(doc)).toBe('0-9');
    expect(doc.counts.invocations).toBe(2);
    const groups = new Set(run.trace.filter((e) => e.type === 'group.membership').map((e) => e.group));
    expect(groups.size).toBe(2);
  });
  it('spec: a startup delay makes LATEST skip records produced meanwhile', () => {
    const { doc } = runScenario(
      scenario(
        {
          produce: [
            { count: 5, at: '30s' },
            { count: 5, at: '3m' },
          ],
          model: { startupDelay: '2m' },
        },
        { StartingPosition: 'LATEST' },
      ),
    );
    expect(delivered(doc)).toBe('5-9');
  });
});

describe('R24 metrics', () => {
  it('R24: final lag is log end − committed offset per partition', () => {
    const { doc } = runScenario(
      scenario(
        {
          duration: '1s',
          produce: [{ count: 10 }],
          function: { outcomes: [{ partition: 0, offset: 9, result: 'error' }] },
        },
        { BatchSize: 5 },
      ),
    );
    expect(doc.final).toMatchObject({ committed: { 0: 5 }, logEnd: { 0: 10 }, lag: { 0: 5 } });
  });
});
