/**
 * Members AWS rejects on a Kafka ESM (facts sheet §1.2, §1.3, R2), with AWS's own message. The
 * message's camelCase name follows AWS's observed wording for unsupported parameters (ERR).
 */
import type { InvalidMemberRule } from '../mappingRules.ts';
import { AWS_SOURCES as S } from '../awsSources.ts';

/** `Unsupported 'parallelizationFactor' parameter for given event source mapping type.` */
export function unsupportedMessage(member: string): string {
  const name = member.charAt(0).toLowerCase() + member.slice(1);
  return `Unsupported '${name}' parameter for given event source mapping type.`;
}

function invalid(
  path: string,
  validFor: string,
  description: string,
  source: string,
  model?: string,
): InvalidMemberRule {
  const last = path.slice(path.lastIndexOf('.') + 1);
  return {
    kind: 'invalid',
    id: `unsupported-${last.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())}`,
    path,
    validFor,
    message: unsupportedMessage(last),
    description,
    rule: 'R2',
    source,
    ...(model ? { model } : {}),
  };
}

export const INVALID_MEMBERS: readonly InvalidMemberRule[] = [
  invalid(
    'ParallelizationFactor',
    'Kinesis, DynamoDB Streams',
    'Concurrent batches per shard. Kafka reads each partition in order with one batch in flight; more parallelism comes from more partitions.',
    S.API,
    'AWS’s message for this member on Kafka is inferred from the one it gives for other unsupported members (Q3).',
  ),
  invalid(
    'TumblingWindowInSeconds',
    'Kinesis, DynamoDB Streams',
    'Stateful windows for stream aggregation; not offered for Kafka.',
    S.API,
  ),
  invalid(
    'ScalingConfig',
    'Amazon SQS',
    'Maximum concurrency for SQS; Kafka scales with pollers instead.',
    S.API,
  ),
  invalid('Queues', 'Amazon MQ', 'The broker queue to consume; Kafka uses Topics.', S.API),
  invalid(
    'DocumentDBEventSourceConfig',
    'Amazon DocumentDB',
    'Change-stream settings for DocumentDB.',
    S.API,
  ),
  invalid(
    'DestinationConfig.OnSuccess',
    'none (event source mappings reject it)',
    'Event source mappings have on-failure destinations only.',
    S.API,
  ),
];
