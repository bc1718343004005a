import { describe, expect, it } from 'vitest';
import { memberRule } from '../../engine/mapping/mappingRules.ts';
import { describeConstraints, describeDefault, describeFlags, sourceLabel } from './describeRule.ts';

const rule = (path: string) => {
  const r = memberRule(path);
  if (!r) throw new Error(`no rule for ${path}`);
  return r;
};

describe('the parameter reference words the rule table', () => {
  it.each([
    ['BatchSize', 'integer, 1–10000'],
    ['Topics', 'list, exactly 1 item'],
    ['StartingPosition', 'string, one of TRIM_HORIZON, LATEST, AT_TIMESTAMP'],
    ['ProvisionedPollerConfig.MaximumPollers', 'integer, 1–2000'],
  ])('%s → %s', (path, text) => expect(describeConstraints(rule(path))).toBe(text));

  it.each([
    ['BatchSize', '100'],
    ['AmazonManagedKafkaEventSourceConfig.ConsumerGroupId', 'the mapping UUID'],
  ])('default of %s is "%s"', (path, text) => expect(describeDefault(rule(path))).toBe(text));

  it.each([
    ['StartingPosition', ['required', 'create-only']],
    ['MaximumRetryAttempts', ['provisioned mode only']],
    ['AmazonManagedKafkaEventSourceConfig.ConsumerGroupId', ['create-only', 'Amazon MSK only']],
    ['BatchSize', []],
  ])('flags of %s', (path, flags) => expect(describeFlags(rule(path))).toEqual(flags));

  it.each([
    ['https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html', 'AWS: Kafka retries'],
    [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'AWS API: CreateEventSourceMapping',
    ],
    ['https://github.com/serverless/serverless/issues/7049', 'serverless/serverless#7049'],
  ])('labels %s as "%s"', (url, label) => expect(sourceLabel(url)).toBe(label));
});
