import { describe, expect, it } from 'vitest';
import { loadScenario } from './loadScenario.ts';

const minimal = { mapping: { StartingPosition: 'TRIM_HORIZON' } };
/** Errors as `path: message` lines, the way the CLI prints them. */
const errorLines = (input: unknown): string[] =>
  loadScenario(input).errors.map((e) => `${e.path}: ${e.message}`);

describe('loadScenario applies every default of spec §3', () => {
  it('fills a minimal file', () => {
    const { scenario, errors } = loadScenario(minimal);
    expect(errors).toEqual([]);
    expect(scenario).toEqual({
      name: null,
      seed: 1,
      durationMs: 600_000,
      startEpochMs: Date.parse('2026-01-01T00:00:00Z'),
      topic: {
        name: 'orders',
        partitions: 1,
        retentionMs: 7 * 86_400_000,
        offsetsRetentionMs: 7 * 86_400_000,
      },
      produce: [],
      consumerGroup: null,
      mapping: { StartingPosition: 'TRIM_HORIZON' },
      function: { timeoutMs: 3000, durationMs: 20, outcomes: [], handler: null },
      actions: [],
      model: {},
      expect: null,
    });
  });

  it('fills produce steps and outcome rules', () => {
    const { scenario } = loadScenario({
      ...minimal,
      topic: { partitions: 2, retention: 'infinite' },
      produce: [
        { count: 3 },
        { partition: 1, count: 2, at: '1m', every: '250ms', size: '6MB', value: { type: 'order' }, key: 'k' },
      ],
      function: {
        outcomes: [
          { offset: 5, result: 'error' },
          { partition: 1, offset: '2-4', result: 'partial', times: 1 },
          { result: 'timeout' },
        ],
      },
    });
    expect(scenario?.topic.retentionMs).toBeNull();
    expect(scenario?.produce).toEqual([
      { partition: 0, count: 3, atMs: 0, everyMs: 0, sizeBytes: 1024, value: null, key: null },
      {
        partition: 1,
        count: 2,
        atMs: 60_000,
        everyMs: 250,
        sizeBytes: 6 * 1024 * 1024,
        value: '{"type":"order"}',
        key: 'k',
      },
    ]);
    expect(scenario?.function.outcomes).toEqual([
      { partition: 0, from: 5, to: 5, result: 'error', times: null },
      { partition: 1, from: 2, to: 4, result: 'partial', times: 1 },
      { partition: 0, from: 0, to: Number.MAX_SAFE_INTEGER, result: 'timeout', times: null },
    ]);
  });

  it('reads the start instant, the consumer group and model choices', () => {
    const { scenario, warnings } = loadScenario({
      start: '2025-06-01T12:00:00+02:00',
      consumerGroup: { id: 'billing', offsets: { 0: 4 } },
      mapping: {
        StartingPosition: 'LATEST',
        AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' },
      },
      model: {
        partialBatch: 'retry-listed-only',
        invalidOffsetReset: 'log-start',
        filteredPoll: 'commit-immediately',
        startupDelay: '2m',
        updateDelay: 90_000,
        retryDelay: '1s',
        scalingDelay: '3m',
        pollerConcurrency: 2,
      },
    });
    expect(scenario?.startEpochMs).toBe(Date.parse('2025-06-01T10:00:00Z'));
    expect(scenario?.consumerGroup).toEqual({ id: 'billing', offsets: { 0: 4 } });
    expect(scenario?.model).toEqual({
      partialBatch: 'retry-listed-only',
      invalidOffsetReset: 'log-start',
      filteredPoll: 'commit-immediately',
      startupDelayMs: 120_000,
      updateDelayMs: 90_000,
      retryDelayMs: 1000,
      scalingDelayMs: 180_000,
      pollerConcurrency: 2,
    });
    expect(warnings).toEqual([]);
  });

  it('sorts actions by time and resolves the mapping after each update and create', () => {
    const { scenario, errors } = loadScenario({
      ...minimal,
      duration: '1h',
      actions: [
        { at: '30m', do: 'create' },
        { at: '2m', do: 'update', mapping: { BatchSize: 50 } },
        { at: '10m', do: 'delete' },
      ],
    });
    expect(errors).toEqual([]);
    expect(scenario?.actions.map((a) => [a.atMs, a.do, a.mappingAfter?.batchSize])).toEqual([
      [120_000, 'update', 50],
      [600_000, 'delete', undefined],
      [1_800_000, 'create', 100],
    ]);
  });
});

describe('loadScenario rejects bad files with every error at once, each with its path', () => {
  it('reports wrong types, negative counts, unknown durations and unknown keys together', () => {
    expect(
      errorLines({
        ...minimal,
        prodcue: [],
        seed: 'one',
        duration: '10 minutes',
        topic: { partitions: 0, retention: '1y', colour: 'blue' },
        produce: [
          { count: 3 },
          { count: -2, at: 'soon', size: '1 kilobyte', partition: 4 },
          { at: 0 },
          'ten',
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        "prodcue: unknown key "prodcue"; did you mean "produce"?",
        "topic.colour: unknown key "colour"; expected one of name, partitions, retention, offsetsRetention",
        "topic.partitions: must be at least 1, got 0",
        "topic.retention: expected a duration such as 250ms, 30s, 5m, 2h or 8d, or "infinite", got "1y"",
        "duration: expected a duration such as 250ms, 30s, 5m, 2h or 8d, got "10 minutes"",
        "seed: expected a whole number, got "one"",
        "produce[1].partition: partition 4 does not exist: the topic has only partition 0",
        "produce[1].count: must be at least 1, got -2",
        "produce[1].at: expected a duration such as 250ms, 30s, 5m, 2h or 8d, got "soon"",
        "produce[1].size: expected a size such as 512B, 1KB or 6MB, got "1 kilobyte"",
        "produce[2].count: required: how many records this step produces (1 or more)",
        "produce[3]: expected a mapping of keys (partition, count, at, every, size, value, key), got "ten"",
      ]
    `);
  });

  it('reports bad outcomes and handlers', () => {
    expect(
      errorLines({
        ...minimal,
        function: {
          timeout: 0,
          handler: './handler.py',
          outcomes: [
            { offset: 'five', result: 'error' },
            { offset: 1, result: 'crash' },
            { offset: 2 },
            { offset: 1, result: 'error', times: 0 },
          ],
        },
      }),
    ).toMatchInlineSnapshot(`
      [
        "function.timeout: must be longer than 0ms",
        "function.handler: expected a JavaScript or TypeScript module (.mjs, .js, .ts…), got "./handler.py"",
        "function.outcomes[0].offset: expected an offset such as 5 or a range such as "5-9", got "five"",
        "function.outcomes[1].result: expected one of error, timeout, partial, got "crash"",
        "function.outcomes[2].result: required: one of error, timeout, partial",
        "function.outcomes[3].times: must be at least 1, got 0",
      ]
    `);
  });

  it('reports bad actions and lifecycle mistakes', () => {
    expect(
      errorLines({
        ...minimal,
        actions: [
          { at: '1m', do: 'pause' },
          { at: '2m', do: 'update' },
          { at: '3m', do: 'disable', mapping: { BatchSize: 5 } },
          { do: 'enable' },
          { at: '4m', do: 'delete' },
          { at: '5m', do: 'update', mapping: { BatchSize: 5 } },
          { at: '6m', do: 'create' },
          { at: '7m', do: 'create' },
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        "actions[0].do: expected one of disable, enable, update, delete, create, got "pause"",
        "actions[1].mapping: required: the UpdateEventSourceMapping members to change, such as { BatchSize: 50 }",
        "actions[2].mapping: only update and create take a mapping, not disable",
        "actions[3].at: required: when the action happens, such as 5m",
        "actions[5].do: update happens after the mapping was deleted; create it again first",
        "actions[7].do: create needs the mapping to be deleted first",
      ]
    `);
  });

  it('reports mapping errors under the path where they were written, for updates too', () => {
    expect(
      errorLines({
        mapping: { StartingPosition: 'TRIM_HORIZON', ParallelizationFactor: 2 },
      }),
    ).toMatchInlineSnapshot(`
      [
        "mapping.ParallelizationFactor: Unsupported 'parallelizationFactor' parameter for given event source mapping type.",
      ]
    `);
    expect(
      errorLines({
        ...minimal,
        actions: [{ at: '1m', do: 'update', mapping: { StartingPosition: 'LATEST', BatchSize: 0 } }],
      }),
    ).toMatchInlineSnapshot(`
      [
        "actions[0].mapping.StartingPosition: StartingPosition cannot be changed after the mapping is created: UpdateEventSourceMapping does not accept it",
        "actions[0].mapping.BatchSize: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ]
    `);
  });

  it('reports bad expectations, consumer groups, start and model choices', () => {
    expect(
      errorLines({
        ...minimal,
        start: '2026-01-01T00:00:00',
        consumerGroup: { offsets: { 0: -1, x: 2, 3: 1 } },
        model: { partialBatch: 'retry-everything' },
        expect: {
          committed: { 0: 'ten' },
          delivered: { 0: '5-1' },
          discarded: { 2: '' },
          invocations: { min: 3, max: 1 },
          errors: ['', 5],
          stdout: 'x',
        },
      }),
    ).toMatchInlineSnapshot(`
      [
        "start: expected an ISO 8601 instant with a zone, such as 2026-01-01T00:00:00Z, got "2026-01-01T00:00:00"",
        "consumerGroup.id: required: the consumer group id",
        "consumerGroup.offsets.0: must not be negative, got -1",
        "consumerGroup.offsets.3: partition 3 does not exist: the topic has only partition 0",
        "consumerGroup.offsets.x: "x" is not a partition number",
        "model.partialBatch: expected one of retry-from-lowest, retry-listed-only, got "retry-everything"",
        "expect.stdout: unknown key "stdout"; expected one of committed, delivered, notDelivered, discarded, invocations, errors",
        "expect.committed.0: expected a whole number, got "ten"",
        "expect.delivered.0: range "5-1" ends before it starts",
        "expect.discarded.2: partition 2 does not exist: the topic has only partition 0",
        "expect.invocations: min 3 is greater than max 1",
        "expect.errors[0]: expected a non-empty string, got """,
        "expect.errors[1]: expected a non-empty string, got 5",
      ]
    `);
  });

  it.each([
    ['null', null],
    ['a list', [1, 2]],
    ['a string', 'produce: 10'],
    ['a number', 42],
  ])('rejects a file that holds %s', (_what, input) => {
    const loaded = loadScenario(input);
    expect(loaded.scenario).toBeNull();
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]?.path).toBe('');
  });

  it('keeps a mapping error on one line when a value quoted from the file holds a line break', () => {
    const lines = errorLines({
      mapping: {
        StartingPosition: 'TRIM_HORIZON',
        DestinationConfig: { OnFailure: { Destination: '\narn:aws:sqs:us-east-1:123456789012:dlq' } },
      },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("'\\narn:aws:sqs");
  });

  it('keeps every error on one line when a key quoted from the file holds line breaks', () => {
    expect(errorLines({ ...minimal, 'a\nb\u2028c': 1 })).toEqual([
      expect.stringMatching(/^a\\nb\\u2028c: unknown key "a\\nb\\u2028c"; expected one of name, /),
    ]);
  });

  it('keeps expect for a file that must be rejected (spec §1 exception)', () => {
    const loaded = loadScenario({
      mapping: { StartingPosition: 'LATEST', TumblingWindowInSeconds: 5 },
      expect: { errors: ['Tumbling'] },
    });
    expect(loaded.scenario).toBeNull();
    expect(loaded.expect).toEqual({ errors: ['Tumbling'] });
  });
});

describe('loadScenario warns about what it will not use', () => {
  it('warns about a consumer group no mapping names, actions after the end, and unknown model choices', () => {
    const { warnings, errors } = loadScenario({
      ...minimal,
      duration: '5m',
      consumerGroup: { id: 'billing', offsets: { 0: 4 } },
      actions: [{ at: '1h', do: 'disable' }],
      model: { pollerWarmup: '5s' },
    });
    expect(errors).toEqual([]);
    expect(warnings).toMatchInlineSnapshot(`
      [
        "actions[0]: at 3600000 ms is after the end of the run (300000 ms); it never happens",
        "model.pollerWarmup: not a model choice this loader knows (partialBatch, invalidOffsetReset, filteredPoll, startupDelay, updateDelay, retryDelay, scalingDelay, pollerConcurrency); passed to the engine as is",
        "consumerGroup.id: no mapping in this scenario uses group "billing" (set ConsumerGroupId), so its offsets are never read",
      ]
    `);
  });
});
