/**
 * AWS SAM `MSK` and `SelfManagedKafka` event properties ↔ CreateEventSourceMapping members. SAM renames
 * a few (`Stream`, `KafkaBootstrapServers`, `ConsumerGroupId`, `SchemaRegistryConfig`, `KmsKeyArn`) and
 * passes the rest through to the AWS::Lambda::EventSourceMapping it generates (SAM `pull.py`;
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-msk.html).
 */
import { isRecord, setOwn } from './requestPaths.ts';

export type SamKafkaEventType = 'MSK' | 'SelfManagedKafka';

function sourceConfig(type: SamKafkaEventType): string {
  return type === 'MSK' ? 'AmazonManagedKafkaEventSourceConfig' : 'SelfManagedKafkaEventSourceConfig';
}

/** SAM-only helpers that have no mapping member: they only shape the generated IAM policy. */
const SAM_ONLY = ['SecretsManagerKmsKeyId'];

export function samToApi(
  properties: Record<string, unknown>,
  type: SamKafkaEventType,
): { request: Record<string, unknown>; notes: string[] } {
  const request: Record<string, unknown> = {};
  const notes: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'Stream') request['EventSourceArn'] = value;
    else if (key === 'KafkaBootstrapServers')
      request['SelfManagedEventSource'] = { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: value } };
    else if (key === 'ConsumerGroupId' || key === 'SchemaRegistryConfig') setOwn(config, key, value);
    else if (key === 'KmsKeyArn') request['KMSKeyArn'] = value;
    else if (SAM_ONLY.includes(key))
      notes.push(`${key} only shapes SAM's generated IAM policy; it is not a mapping member`);
    else if (key === 'DestinationConfig') setOwn(request, key, withoutDestinationType(value, notes));
    else setOwn(request, key, value);
  }
  if (Object.keys(config).length > 0) request[sourceConfig(type)] = config;
  return { request, notes };
}

export function apiToSam(request: Record<string, unknown>, type: SamKafkaEventType): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (key === 'EventSourceArn') properties['Stream'] = value;
    else if (key === 'SelfManagedEventSource' && isRecord(value) && isRecord(value['Endpoints']))
      properties['KafkaBootstrapServers'] = value['Endpoints']['KAFKA_BOOTSTRAP_SERVERS'];
    else if (key === sourceConfig(type) && isRecord(value)) Object.assign(properties, value);
    else if (key === 'KMSKeyArn') properties['KmsKeyArn'] = value;
    else setOwn(properties, key, value);
  }
  return properties;
}

/** The SAM property path of a request path, for line numbers. */
export function samPathOf(path: string, type: SamKafkaEventType): string {
  return path
    .replace(/^EventSourceArn/, 'Stream')
    .replace(/^SelfManagedEventSource\.Endpoints\.KAFKA_BOOTSTRAP_SERVERS/, 'KafkaBootstrapServers')
    .replace(new RegExp(`^${sourceConfig(type)}\\.`), '')
    .replace(/^KMSKeyArn/, 'KmsKeyArn');
}

/** SAM's `OnFailure.Type` (SQS | SNS) only picks a policy; SAM deletes it before CloudFormation sees it. */
function withoutDestinationType(value: unknown, notes: string[]): unknown {
  if (!isRecord(value) || !isRecord(value['OnFailure']) || !('Type' in value['OnFailure'])) return value;
  const { Type: type, ...onFailure } = value['OnFailure'];
  notes.push(
    `DestinationConfig.OnFailure.Type (${String(type)}) only picks SAM's IAM policy; it is not a mapping member`,
  );
  return { ...value, OnFailure: onFailure };
}
