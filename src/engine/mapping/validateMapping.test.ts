/**
 * Specification of mapping validation, one table per rule of the facts sheet
 * (shared/reference/esm-kafka-facts.md). Every user-facing message is pinned inline.
 */
import { describe, expect, it } from 'vitest';
import { validateMapping } from './validateMapping.ts';
import type { ValidateContext } from './validateMapping.ts';

const ctx: ValidateContext = {
  path: 'mapping',
  topicName: 'orders',
  operation: 'create',
  functionTimeoutMs: 3000,
  startEpochMs: Date.UTC(2026, 0, 1),
};
const base = { StartingPosition: 'TRIM_HORIZON' };
const provisioned = { ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 2 } };

function errorsOf(request: unknown, over: Partial<ValidateContext> = {}) {
  return validateMapping(request, { ...ctx, ...over }).errors.map((e) => `${e.rule} ${e.path}: ${e.message}`);
}

describe('R1 defaults', () => {
  it('applies every default to a minimal MSK request', () => {
    const { mapping, errors, warnings } = validateMapping(base, ctx);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(mapping).toMatchInlineSnapshot(`
      {
        "batchSize": 100,
        "batchingWindowMs": 500,
        "bisectBatchOnFunctionError": false,
        "bootstrapServers": [
          "b-1.offset-lab.kafka.us-east-1.amazonaws.com:9098",
          "b-2.offset-lab.kafka.us-east-1.amazonaws.com:9098",
        ],
        "consumerGroupId": null,
        "effectiveMaximumRetries": null,
        "enabled": true,
        "eventSourceArn": "arn:aws:kafka:us-east-1:123456789012:cluster/offset-lab/a1b2c3d4-5678-90ab-cdef-111111111111-1",
        "filterPatterns": [],
        "functionName": "my-function",
        "maximumRecordAgeSeconds": -1,
        "maximumRetryAttempts": -1,
        "onFailureDestination": null,
        "provisioned": null,
        "reportBatchItemFailures": false,
        "request": {
          "StartingPosition": "TRIM_HORIZON",
        },
        "source": "msk",
        "startingPosition": "TRIM_HORIZON",
        "startingPositionTimestamp": null,
        "topic": "orders",
      }
    `);
  });

  it.each([
    ['BatchSize', { BatchSize: 7 }, 'batchSize', 7],
    ['window in whole seconds', { MaximumBatchingWindowInSeconds: 2 }, 'batchingWindowMs', 2000],
    ['window 0 means no wait', { MaximumBatchingWindowInSeconds: 0 }, 'batchingWindowMs', 0],
    ['Enabled false', { Enabled: false }, 'enabled', false],
    [
      'MSK consumer group',
      { AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' } },
      'consumerGroupId',
      'billing',
    ],
    ['Topics given', { Topics: ['orders'] }, 'topic', 'orders'],
    [
      'filters OR-ed in order',
      { FilterCriteria: { Filters: [{ Pattern: '{"value":{"a":[1]}}' }, { Pattern: '{}' }] } },
      'filterPatterns',
      ['{"value":{"a":[1]}}', '{}'],
    ],
    [
      'FunctionName',
      { FunctionName: 'arn:aws:lambda:eu-west-1:123456789012:function:billing:live' },
      'functionName',
      'arn:aws:lambda:eu-west-1:123456789012:function:billing:live',
    ],
  ])('R1: %s', (_name, members, field, value) => {
    const { mapping, errors } = validateMapping({ ...base, ...members }, ctx);
    expect(errors).toEqual([]);
    expect(mapping?.[field as keyof typeof mapping]).toEqual(value);
  });

  it('R1: a self-managed source takes its brokers from SelfManagedEventSource and has no ARN', () => {
    const { mapping, errors } = validateMapping(
      {
        ...base,
        SelfManagedEventSource: {
          Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ['kafka-1.example.com:9092', 'kafka-2.example.com:9092'] },
        },
        SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' },
      },
      ctx,
    );
    expect(errors).toEqual([]);
    expect(mapping).toMatchObject({
      source: 'self-managed',
      eventSourceArn: null,
      bootstrapServers: ['kafka-1.example.com:9092', 'kafka-2.example.com:9092'],
      consumerGroupId: 'billing',
    });
  });

  it('R1: MSK brokers are derived from the cluster ARN', () => {
    const { mapping } = validateMapping(
      { ...base, EventSourceArn: 'arn:aws:kafka:eu-west-1:123456789012:cluster/Payments/abcd-1' },
      ctx,
    );
    expect(mapping?.bootstrapServers).toEqual([
      'b-1.payments.kafka.eu-west-1.amazonaws.com:9098',
      'b-2.payments.kafka.eu-west-1.amazonaws.com:9098',
    ]);
  });

  it('R1: the request is kept exactly as given', () => {
    const request = { ...base, BatchSize: 5 };
    expect(validateMapping(request, ctx).mapping?.request).toEqual(request);
  });

  it('R1: StartingPosition is required and Topics must be the scenario topic with exactly one item', () => {
    expect(errorsOf({})).toMatchInlineSnapshot(`
      [
        "R1 mapping.StartingPosition: StartingPosition is required",
      ]
    `);
    expect(errorsOf({ ...base, Topics: ['payments'] })).toMatchInlineSnapshot(`
      [
        "R1 mapping.Topics[0]: Topic 'payments' is not the scenario's topic 'orders'",
      ]
    `);
    expect(errorsOf({ ...base, Topics: ['orders', 'payments'] })).toMatchInlineSnapshot(`
      [
        "R3 mapping.Topics: Value '["orders","payments"]' at 'topics' failed to satisfy constraint: Member must have length less than or equal to 1",
      ]
    `);
    expect(errorsOf({ ...base, Topics: [] })).toMatchInlineSnapshot(`
      [
        "R3 mapping.Topics: Value '[]' at 'topics' failed to satisfy constraint: Member must have length greater than or equal to 1",
      ]
    `);
  });

  it('R1: a filter pattern must be a JSON object', () => {
    expect(errorsOf({ ...base, FilterCriteria: { Filters: [{ Pattern: '{}' }, { Pattern: 'value = 1' }] } }))
      .toMatchInlineSnapshot(`
        [
          "R1 mapping.FilterCriteria.Filters[1].Pattern: Invalid filter pattern definition.",
        ]
      `);
  });

  it('R1: Queue consumption mode is not simulated (Q18)', () => {
    expect(
      errorsOf({
        ...base,
        SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ['k:9092'] } },
        SelfManagedKafkaEventSourceConfig: { ConsumptionMode: 'Queue' },
      }),
    ).toMatchInlineSnapshot(`
      [
        "R1 mapping.SelfManagedKafkaEventSourceConfig.ConsumptionMode: ConsumptionMode Queue (Kafka share groups) is not simulated by Offset Lab: use Stream",
      ]
    `);
  });

  it('R1: a self-managed source needs its bootstrap servers', () => {
    expect(errorsOf({ ...base, SelfManagedEventSource: {} })).toMatchInlineSnapshot(`
      [
        "R1 mapping.SelfManagedEventSource.Endpoints: Endpoints is required",
      ]
    `);
    expect(errorsOf({ ...base, SelfManagedEventSource: { Endpoints: {} } })).toMatchInlineSnapshot(`
      [
        "R1 mapping.SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS: KAFKA_BOOTSTRAP_SERVERS is required",
      ]
    `);
  });

  it('rejects a request that is not an object', () => {
    expect(errorsOf(['BatchSize'])).toMatchInlineSnapshot(`
      [
        "R1 mapping: expected type: JSONObject, found: JSONArray",
      ]
    `);
    expect(errorsOf(null)).toMatchInlineSnapshot(`
      [
        "R1 mapping: expected type: JSONObject, found: Null",
      ]
    `);
  });
});

describe('R2 members that Kafka does not accept', () => {
  it.each([
    ['ParallelizationFactor', { ParallelizationFactor: 1 }],
    ['TumblingWindowInSeconds', { TumblingWindowInSeconds: 60 }],
    ['ScalingConfig', { ScalingConfig: { MaximumConcurrency: 5 } }],
    ['Queues', { Queues: ['q'] }],
    ['DocumentDBEventSourceConfig', { DocumentDBEventSourceConfig: {} }],
    [
      'DestinationConfig.OnSuccess',
      { DestinationConfig: { OnSuccess: { Destination: 'arn:aws:sqs:us-east-1:1:q' } } },
    ],
  ])('R2: %s is rejected with AWS’s message', (_name, members) => {
    expect(errorsOf({ ...base, ...members })).toHaveLength(1);
  });

  it('R2: messages', () => {
    expect(
      errorsOf({
        ...base,
        ParallelizationFactor: 1,
        TumblingWindowInSeconds: 60,
        ScalingConfig: {},
        Queues: [],
        DocumentDBEventSourceConfig: {},
        DestinationConfig: { OnSuccess: {} },
      }),
    ).toMatchInlineSnapshot(`
      [
        "R2 mapping.ParallelizationFactor: Unsupported 'parallelizationFactor' parameter for given event source mapping type.",
        "R2 mapping.TumblingWindowInSeconds: Unsupported 'tumblingWindowInSeconds' parameter for given event source mapping type.",
        "R2 mapping.ScalingConfig: Unsupported 'scalingConfig' parameter for given event source mapping type.",
        "R2 mapping.Queues: Unsupported 'queues' parameter for given event source mapping type.",
        "R2 mapping.DocumentDBEventSourceConfig: Unsupported 'documentDBEventSourceConfig' parameter for given event source mapping type.",
        "R2 mapping.DestinationConfig.OnSuccess: Unsupported 'onSuccess' parameter for given event source mapping type.",
      ]
    `);
  });

  it('R2: an unknown member gets a hint when we know what was meant', () => {
    expect(
      errorsOf({
        ...base,
        ConsumerGroupId: 'billing',
        AutoOffsetReset: 'earliest',
        constructor: 1,
        ProvisionedPollerConfig: { maximumPollers: 2 },
      }),
    ).toMatchInlineSnapshot(`
      [
        "R2 mapping.ConsumerGroupId: extraneous key [ConsumerGroupId] is not permitted — ConsumerGroupId belongs inside AmazonManagedKafkaEventSourceConfig for MSK, or SelfManagedKafkaEventSourceConfig for self-managed Kafka",
        "R2 mapping.AutoOffsetReset: extraneous key [AutoOffsetReset] is not permitted — there is no auto.offset.reset setting; StartingPosition takes its place: TRIM_HORIZON ≈ earliest, LATEST ≈ latest, or AT_TIMESTAMP",
        "R2 mapping.constructor: extraneous key [constructor] is not permitted",
        "R2 mapping.ProvisionedPollerConfig.maximumPollers: extraneous key [maximumPollers] is not permitted — did you mean MaximumPollers?",
      ]
    `);
  });

  it('R2: unknown members, at any depth, are rejected like CloudFormation’s schema does', () => {
    expect(
      errorsOf({
        ...base,
        KafkaConfiguration: { AutoOffsetReset: 'earliest' },
        batchSize: 10,
        ProvisionedPollerConfig: { MinimumPollers: 1, Pollers: 3 },
        FilterCriteria: { Filters: [{ Pattern: '{}', Name: 'x' }] },
      }),
    ).toMatchInlineSnapshot(`
      [
        "R2 mapping.KafkaConfiguration: extraneous key [KafkaConfiguration] is not permitted — there is no Kafka consumer configuration member; StartingPosition decides where a consumer group without a valid committed offset begins",
        "R2 mapping.batchSize: extraneous key [batchSize] is not permitted — did you mean BatchSize?",
        "R2 mapping.ProvisionedPollerConfig.Pollers: extraneous key [Pollers] is not permitted",
        "R2 mapping.FilterCriteria.Filters[0].Name: extraneous key [Name] is not permitted",
      ]
    `);
  });

  it('R2: source-specific members on the other kind of source', () => {
    expect(errorsOf({ ...base, SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: 'g' } }))
      .toMatchInlineSnapshot(`
      [
        "R2 mapping.SelfManagedKafkaEventSourceConfig: Unsupported 'selfManagedKafkaEventSourceConfig' parameter for given event source mapping type.",
      ]
    `);
    expect(
      errorsOf({
        ...base,
        EventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/c/u-1',
        SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ['k:9092'] } },
        AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'g' },
      }),
    ).toMatchInlineSnapshot(`
      [
        "R2 mapping.EventSourceArn: Unsupported 'eventSourceArn' parameter for given event source mapping type.",
        "R2 mapping.AmazonManagedKafkaEventSourceConfig: Unsupported 'amazonManagedKafkaEventSourceConfig' parameter for given event source mapping type.",
      ]
    `);
  });

  it('reports a member once: nothing inside a rejected member is checked again', () => {
    expect(
      errorsOf({
        ...base,
        SelfManagedKafkaEventSourceConfig: { SchemaRegistryConfig: { SchemaRegistryURI: 'x' } },
      }).map((e) => e.split(':')[0]),
    ).toEqual(['R2 mapping.SelfManagedKafkaEventSourceConfig']);
  });

  it('reports every error at once, in request order', () => {
    expect(
      errorsOf({
        StartingPosition: 'EARLIEST',
        BatchSize: 0,
        ParallelizationFactor: 1,
        KafkaConfiguration: {},
        ...provisioned,
        MaximumRetryAttempts: -2,
      }),
    ).toHaveLength(5);
  });
});

describe('R3 types and ranges', () => {
  it.each([
    ['BatchSize 0', { BatchSize: 0 }],
    ['BatchSize 10001', { BatchSize: 10001 }],
    ['BatchSize 1.5', { BatchSize: 1.5 }],
    ['BatchSize "100"', { BatchSize: '100' }],
    ['window 301', { MaximumBatchingWindowInSeconds: 301 }],
    ['window -1', { MaximumBatchingWindowInSeconds: -1 }],
    ['Enabled "yes"', { Enabled: 'yes' }],
    ['StartingPosition EARLIEST', { StartingPosition: 'EARLIEST' }],
    ['StartingPosition null', { StartingPosition: null }],
    ['Topics item pattern', { Topics: ['.hidden'] }],
    ['Topics not a list', { Topics: 'orders' }],
    ['FunctionName pattern', { FunctionName: 'my function' }],
    [
      'EventSourceArn of a Kinesis stream',
      { EventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s' },
    ],
    ['ConsumerGroupId empty', { AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: '' } }],
    [
      'ConsumerGroupId 201 chars',
      { AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'g'.repeat(201) } },
    ],
    ['ConsumerGroupId pattern', { AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing#1' } }],
    ['MinimumPollers 0', { ProvisionedPollerConfig: { MinimumPollers: 0 } }],
    ['MinimumPollers 201', { ProvisionedPollerConfig: { MinimumPollers: 201 } }],
    ['MaximumPollers 2001 (Q16)', { ProvisionedPollerConfig: { MaximumPollers: 2001 } }],
    ['PollerGroupName pattern', { ProvisionedPollerConfig: { PollerGroupName: 'a b' } }],
    ['MaximumRetryAttempts -2', { ...provisioned, MaximumRetryAttempts: -2 }],
    ['MaximumRetryAttempts 10001', { ...provisioned, MaximumRetryAttempts: 10001 }],
    ['MaximumRecordAgeInSeconds 59', { ...provisioned, MaximumRecordAgeInSeconds: 59 }],
    ['MaximumRecordAgeInSeconds 604801', { ...provisioned, MaximumRecordAgeInSeconds: 604801 }],
    ['FunctionResponseTypes enum', { ...provisioned, FunctionResponseTypes: ['ReportItemFailures'] }],
    ['MetricsConfig enum', { MetricsConfig: { Metrics: ['OffsetLag'] } }],
    [
      'Destination not an SQS/SNS/S3 ARN',
      { DestinationConfig: { OnFailure: { Destination: 'arn:aws:lambda:us-east-1:1:function:f' } } },
    ],
    [
      'SourceAccessConfigurations Type',
      { SourceAccessConfigurations: [{ Type: 'SASL_PLAIN', URI: 'arn:x' }] },
    ],
    ['Tags value', { Tags: { team: 7 } }],
    [
      'StartingPositionTimestamp text',
      { StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: 'yesterday' },
    ],
    ['LoggingConfig level', { ...provisioned, LoggingConfig: { SystemLogLevel: 'ERROR' } }],
  ])('R3: %s is rejected', (_name, members) => {
    expect(errorsOf({ ...base, ...members })).toHaveLength(1);
  });

  it('R3: messages name the member like AWS does', () => {
    expect(
      errorsOf({
        StartingPosition: 'EARLIEST',
        BatchSize: 10001,
        MaximumBatchingWindowInSeconds: 1.5,
        Topics: ['.hidden'],
        AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'g'.repeat(201) },
        ...provisioned,
        MaximumRecordAgeInSeconds: 30,
        FunctionResponseTypes: ['ReportItemFailures'],
        Tags: { team: 7 },
      }),
    ).toMatchInlineSnapshot(`
      [
        "R3 mapping.StartingPosition: Value 'EARLIEST' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [TRIM_HORIZON, LATEST, AT_TIMESTAMP]",
        "R3 mapping.BatchSize: Value '10001' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000",
        "R3 mapping.MaximumBatchingWindowInSeconds: expected type: Integer, found: Number",
        "R3 mapping.Topics[0]: Value '.hidden' at 'topics.1.member' failed to satisfy constraint: Member must satisfy regular expression pattern: [^.]([a-zA-Z0-9\\-_.]+)",
        "R3 mapping.AmazonManagedKafkaEventSourceConfig.ConsumerGroupId: Value 'gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg…' at 'amazonManagedKafkaEventSourceConfig.consumerGroupId' failed to satisfy constraint: Member must have length less than or equal to 200",
        "R3 mapping.FunctionResponseTypes[0]: Value 'ReportItemFailures' at 'functionResponseTypes.1.member' failed to satisfy constraint: Member must satisfy enum value set: [ReportBatchItemFailures]",
        "R3 mapping.Tags.team: expected type: String, found: Integer",
        "R3 mapping.MaximumRecordAgeInSeconds: Value '30' at 'maximumRecordAgeInSeconds' failed to satisfy constraint: minimum valid value for maximum record age is 60s (or -1 for infinite)",
      ]
    `);
  });

  it.each([
    [
      'ConsumerGroupId with the characters the API allows',
      { AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'a-Z_0/9*:+=.@ x' } },
    ],
    ['MaximumRecordAgeInSeconds -1', { ...provisioned, MaximumRecordAgeInSeconds: -1 }],
    ['MaximumRecordAgeInSeconds 60', { ...provisioned, MaximumRecordAgeInSeconds: 60 }],
    ['MaximumRecordAgeInSeconds 604800', { ...provisioned, MaximumRecordAgeInSeconds: 604800 }],
    ['MaximumPollers 2000', { ProvisionedPollerConfig: { MaximumPollers: 2000 } }],
    ['an empty destination (removes it)', { DestinationConfig: { OnFailure: { Destination: '' } } }],
    [
      'an SNS destination',
      { DestinationConfig: { OnFailure: { Destination: 'arn:aws:sns:us-east-1:123456789012:t' } } },
    ],
    [
      'an ISO timestamp in the past',
      { StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: '2025-12-31T00:00:00Z' },
    ],
    [
      'the start instant itself',
      { StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: Date.UTC(2026, 0, 1) / 1000 },
    ],
  ])('R3: %s is accepted', (_name, members) => {
    expect(errorsOf({ ...base, ...members })).toEqual([]);
  });

  it('R3: AT_TIMESTAMP needs a timestamp that is not in the future', () => {
    expect(errorsOf({ StartingPosition: 'AT_TIMESTAMP' })).toMatchInlineSnapshot(`
      [
        "R3 mapping.StartingPositionTimestamp: StartingPositionTimestamp is required when StartingPosition is AT_TIMESTAMP",
      ]
    `);
    expect(
      errorsOf({
        StartingPosition: 'AT_TIMESTAMP',
        StartingPositionTimestamp: Date.UTC(2026, 0, 1, 0, 0, 1) / 1000,
      }),
    ).toMatchInlineSnapshot(`
      [
        "R3 mapping.StartingPositionTimestamp: StartingPositionTimestamp 1767225601 (2026-01-01T00:00:01.000Z) cannot be in the future (the scenario starts at 2026-01-01T00:00:00.000Z)",
      ]
    `);
  });

  it.each([
    ['1e300 seconds', 1e300],
    ['a negative date beyond the calendar', -1e13],
  ])('R3: a timestamp outside the calendar (%s) is a type error, not a crash', (_name, value) => {
    expect(errorsOf({ StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: value })).toEqual([
      expect.stringContaining('(Unix time in seconds, or an ISO 8601 date-time)'),
    ]);
  });

  it('R3: the AT_TIMESTAMP timestamp is kept in Unix seconds', () => {
    const { mapping } = validateMapping(
      { StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: '2025-12-31T00:00:00Z' },
      ctx,
    );
    expect(mapping?.startingPositionTimestamp).toBe(Date.UTC(2025, 11, 31) / 1000);
  });

  it('R3: MaximumPollers may not be below MinimumPollers, including the defaults', () => {
    expect(errorsOf({ ...base, ProvisionedPollerConfig: { MinimumPollers: 5, MaximumPollers: 4 } }))
      .toMatchInlineSnapshot(`
      [
        "R3 mapping.ProvisionedPollerConfig.MaximumPollers: MaximumPollers (4) must be greater than or equal to MinimumPollers (5)",
      ]
    `);
    expect(errorsOf({ ...base, ProvisionedPollerConfig: { MaximumPollers: 4 } })).toEqual([]);
    expect(errorsOf({ ...base, ProvisionedPollerConfig: { MinimumPollers: 201 } })).toHaveLength(1);
  });
});

describe('R4 provisioned mode and retries', () => {
  it.each([
    ['MaximumRetryAttempts', { MaximumRetryAttempts: 2 }],
    ['MaximumRecordAgeInSeconds', { MaximumRecordAgeInSeconds: 3600 }],
    ['BisectBatchOnFunctionError', { BisectBatchOnFunctionError: true }],
    ['FunctionResponseTypes', { FunctionResponseTypes: ['ReportBatchItemFailures'] }],
    ['LoggingConfig', { LoggingConfig: { SystemLogLevel: 'INFO' } }],
    [
      'SchemaRegistryConfig',
      {
        AmazonManagedKafkaEventSourceConfig: {
          SchemaRegistryConfig: { SchemaRegistryURI: 'arn:aws:glue:us-east-1:123456789012:registry/r' },
        },
      },
    ],
  ])('R4: %s needs ProvisionedPollerConfig', (_name, members) => {
    expect(errorsOf({ ...base, ...members })).toHaveLength(1);
    expect(errorsOf({ ...base, ...members, ...provisioned })).toEqual([]);
    expect(errorsOf({ ...base, ...members, ProvisionedPollerConfig: {} })).toHaveLength(1);
  });

  it('R4: the message says it is our model (Q3)', () => {
    expect(errorsOf({ ...base, BisectBatchOnFunctionError: true })).toMatchInlineSnapshot(`
      [
        "R4 mapping.BisectBatchOnFunctionError: 'BisectBatchOnFunctionError' requires provisioned mode: add ProvisionedPollerConfig with MinimumPollers and MaximumPollers (Offset Lab model: AWS does not document this error)",
      ]
    `);
  });

  it('R4: default values of provisioned-only members are accepted in on-demand mode', () => {
    expect(
      errorsOf({
        ...base,
        MaximumRetryAttempts: -1,
        MaximumRecordAgeInSeconds: -1,
        BisectBatchOnFunctionError: false,
        FunctionResponseTypes: [],
      }),
    ).toEqual([]);
  });

  it('R4: a kafka:// destination needs provisioned mode and another topic', () => {
    expect(errorsOf({ ...base, DestinationConfig: { OnFailure: { Destination: 'kafka://orders' } } }))
      .toMatchInlineSnapshot(`
      [
        "R4 mapping.DestinationConfig.OnFailure.Destination: A Kafka topic destination ('kafka://orders') requires provisioned mode: add ProvisionedPollerConfig",
        "R4 mapping.DestinationConfig.OnFailure.Destination: The on-failure Kafka topic 'orders' must not be the source topic",
      ]
    `);
    expect(
      errorsOf({
        ...base,
        ...provisioned,
        DestinationConfig: { OnFailure: { Destination: 'kafka://orders-dlq' } },
      }),
    ).toEqual([]);
  });

  it.each([
    ['-1 without a destination is infinite', { MaximumRetryAttempts: -1 }, null],
    ['unset without a destination is infinite', {}, null],
    [
      '-1 with a destination is 10',
      {
        MaximumRetryAttempts: -1,
        DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:q' } },
      },
      10,
    ],
    [
      'unset with a destination is 10',
      { DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::bucket' } } },
      10,
    ],
    [
      'an empty destination is no destination',
      { DestinationConfig: { OnFailure: { Destination: '' } } },
      null,
    ],
    [
      'N stays N',
      {
        MaximumRetryAttempts: 3,
        DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:q' } },
      },
      3,
    ],
    ['0 means no retry', { MaximumRetryAttempts: 0 }, 0],
  ])('R4: effective retries: %s', (_name, members, expected) => {
    const { mapping, errors } = validateMapping({ ...base, ...provisioned, ...members }, ctx);
    expect(errors).toEqual([]);
    expect(mapping?.effectiveMaximumRetries).toBe(expected);
  });

  it('R4: provisioned mode takes Min 1 / Max 200 defaults; an empty config is on-demand', () => {
    expect(
      validateMapping({ ...base, ProvisionedPollerConfig: { PollerGroupName: 'g' } }, ctx).mapping
        ?.provisioned,
    ).toEqual({
      minimumPollers: 1,
      maximumPollers: 200,
      pollerGroupName: 'g',
    });
    expect(validateMapping({ ...base, ProvisionedPollerConfig: {} }, ctx).mapping?.provisioned).toBeNull();
  });

  it('R4: warns that infinite retries are capped by a destination', () => {
    const { warnings } = validateMapping(
      {
        ...base,
        ...provisioned,
        DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:q' } },
      },
      ctx,
    );
    expect(warnings).toMatchInlineSnapshot(`
      [
        "MaximumRetryAttempts defaults to -1 (infinite) but an on-failure destination is set: retries stop after 10 (R4)",
      ]
    `);
  });
});

describe('R21 function timeout', () => {
  it.each([
    [840_000, 0],
    [840_001, 1],
    [900_000, 1],
  ])('R21: timeout %i ms gives %i error', (functionTimeoutMs, count) => {
    expect(errorsOf(base, { functionTimeoutMs })).toHaveLength(count);
  });

  it('R21: message and path', () => {
    expect(errorsOf(base, { functionTimeoutMs: 900_000 })).toMatchInlineSnapshot(`
      [
        "R21 function.timeout: Function timeout 900s exceeds 14 minutes (840s), the maximum for a function with a Kafka event source mapping",
      ]
    `);
  });
});

describe('R4 era', () => {
  const blog = {
    StartingPosition: 'TRIM_HORIZON',
    ProvisionedPollerConfig: { MinimumPollers: 1, PollerGroupName: 'g' },
    MaximumRetryAttempts: 2,
    MaximumRecordAgeInSeconds: 604800,
  };

  it('R4: before 2025-11 the error-handling controls were unsupported for Kafka', () => {
    expect(errorsOf(blog, { era: 'before-2025-11' })).toMatchInlineSnapshot(`
      [
        "R4 mapping.MaximumRetryAttempts: Unsupported 'maximumRetryAttempts' parameter for given event source mapping type.",
        "R4 mapping.MaximumRecordAgeInSeconds: Unsupported 'maximumRecordAgeInSeconds' parameter for given event source mapping type.",
        "R4 mapping.ProvisionedPollerConfig.PollerGroupName: Unsupported 'pollerGroupName' parameter for given event source mapping type.",
      ]
    `);
  });

  it('R4: the current era accepts them in provisioned mode', () => {
    expect(errorsOf(blog)).toEqual([]);
    expect(errorsOf(blog, { era: 'current' })).toEqual([]);
  });
});
