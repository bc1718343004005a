/** The rule table is data other parts render; these pin its completeness and consistency. */
import { describe, expect, it } from 'vitest';
import { INVALID_MEMBER_RULES, MAPPING_RULES, MEMBER_RULES, memberRule, parentPath } from './mappingRules.ts';

/** Facts sheet §1.1: every Kafka-valid CreateEventSourceMapping member. */
const KAFKA_MEMBERS = [
  'FunctionName',
  'EventSourceArn',
  'Topics',
  'StartingPosition',
  'StartingPositionTimestamp',
  'BatchSize',
  'MaximumBatchingWindowInSeconds',
  'Enabled',
  'AmazonManagedKafkaEventSourceConfig.ConsumerGroupId',
  'AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig',
  'SelfManagedKafkaEventSourceConfig.ConsumerGroupId',
  'SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig',
  'SelfManagedKafkaEventSourceConfig.ConsumptionMode',
  'SelfManagedEventSource.Endpoints',
  'ProvisionedPollerConfig.MinimumPollers',
  'ProvisionedPollerConfig.MaximumPollers',
  'ProvisionedPollerConfig.PollerGroupName',
  'FilterCriteria.Filters[].Pattern',
  'KMSKeyArn',
  'MetricsConfig.Metrics',
  'LoggingConfig.SystemLogLevel',
  'SourceAccessConfigurations',
  'DestinationConfig.OnFailure.Destination',
  'MaximumRetryAttempts',
  'MaximumRecordAgeInSeconds',
  'BisectBatchOnFunctionError',
  'FunctionResponseTypes',
  'Tags',
];

describe('mapping rule table', () => {
  it.each(KAFKA_MEMBERS)('lists %s', (path) => {
    expect(memberRule(path)).toBeDefined();
  });

  it.each([
    'ParallelizationFactor',
    'TumblingWindowInSeconds',
    'ScalingConfig',
    'Queues',
    'DocumentDBEventSourceConfig',
    'DestinationConfig.OnSuccess',
  ])('R2: lists %s as invalid for Kafka with AWS’s message', (path) => {
    const rule = INVALID_MEMBER_RULES.find((r) => r.path === path);
    expect(rule?.message).toMatch(
      /^Unsupported '[a-z][A-Za-z]+' parameter for given event source mapping type\.$/,
    );
  });

  it('gives every rule a unique id, a rule number, a description and an AWS source', () => {
    const ids = MAPPING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of MAPPING_RULES) {
      expect(rule.rule, rule.id).toMatch(/^R\d+$/);
      expect(rule.description.length, rule.id).toBeGreaterThan(5);
      expect(rule.source, rule.id).toMatch(/^https:\/\//);
    }
  });

  it('has a parent entry for every nested member, so the validator can walk it', () => {
    for (const rule of MEMBER_RULES) {
      const parent = parentPath(rule.path);
      if (parent) expect(memberRule(parent)?.type, rule.path).toMatch(/^(object|list)$/);
    }
  });

  it('compiles every pattern and keeps ranges ordered', () => {
    for (const rule of MEMBER_RULES) {
      if (rule.pattern) expect(() => new RegExp(`^(?:${rule.pattern})$`)).not.toThrow();
      if (rule.min !== undefined && rule.max !== undefined) expect(rule.min).toBeLessThanOrEqual(rule.max);
    }
  });

  it('R5: marks the create-only members', () => {
    const createOnly = MEMBER_RULES.filter((r) => r.createOnly && !parentPath(r.path)).map((r) => r.path);
    expect(createOnly).toEqual(
      expect.arrayContaining([
        'EventSourceArn',
        'Topics',
        'StartingPosition',
        'StartingPositionTimestamp',
        'Tags',
        'SelfManagedEventSource',
      ]),
    );
    expect(memberRule('AmazonManagedKafkaEventSourceConfig.ConsumerGroupId')?.createOnly).toBe(true);
  });

  it('R1: carries the engine defaults', () => {
    expect(memberRule('BatchSize')?.default).toBe(100);
    expect(memberRule('Enabled')?.default).toBe(true);
    expect(memberRule('MaximumRetryAttempts')?.default).toBe(-1);
    expect(memberRule('MaximumRecordAgeInSeconds')?.default).toBe(-1);
    expect(memberRule('ProvisionedPollerConfig.MinimumPollers')?.default).toBe(1);
    expect(memberRule('ProvisionedPollerConfig.MaximumPollers')?.default).toBe(200);
  });
});
