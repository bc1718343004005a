/**
 * Rule-table entries for the Kafka-specific source members: brokers, consumer group, schema registry
 * and consumption mode (facts sheet §1.1, R5).
 */
import type { MemberRule } from '../mappingRules.ts';
import { AWS_SOURCES as S } from '../awsSources.ts';

/** API model's `URI` shape pattern (Q17: it includes a space; CFN's older pattern does not). */
const CONSUMER_GROUP_PATTERN = '[ a-zA-Z0-9-\\/*:_+=.@-]*';

function consumerGroupId(parent: string, sources: MemberRule['sources']): MemberRule {
  return {
    kind: 'member',
    id: `${parent === 'AmazonManagedKafkaEventSourceConfig' ? 'msk' : 'smk'}-consumer-group-id`,
    path: `${parent}.ConsumerGroupId`,
    type: 'string',
    minLength: 1,
    maxLength: 200,
    pattern: CONSUMER_GROUP_PATTERN,
    defaultText: 'the mapping UUID',
    createOnly: true,
    provisionedOnly: false,
    ...(sources ? { sources } : {}),
    description:
      'The Kafka consumer group that holds the committed offsets. Without it the group is named after the mapping UUID, so a re-created mapping starts from StartingPosition again.',
    rule: 'R5',
    source: S.CGID,
    model: 'The pattern follows the current API model, which allows a space (Q17).',
  };
}

function schemaRegistry(parent: string, sources: MemberRule['sources']): MemberRule[] {
  const base = {
    kind: 'member',
    createOnly: false,
    rule: 'R4',
    source: S.SR,
    ...(sources ? { sources } : {}),
  } as const;
  const p = `${parent}.SchemaRegistryConfig`;
  const id = parent === 'AmazonManagedKafkaEventSourceConfig' ? 'msk' : 'smk';
  return [
    {
      ...base,
      id: `${id}-schema-registry-config`,
      path: p,
      type: 'object',
      provisionedOnly: true,
      description:
        'Validate and decode keys and values with an AWS Glue or Confluent schema registry (provisioned mode only).',
    },
    {
      ...base,
      id: `${id}-schema-registry-uri`,
      path: `${p}.SchemaRegistryURI`,
      type: 'string',
      minLength: 1,
      maxLength: 10000,
      required: true,
      provisionedOnly: true,
      description: 'A Glue registry ARN or a Confluent registry URL.',
    },
    {
      ...base,
      id: `${id}-event-record-format`,
      path: `${p}.EventRecordFormat`,
      type: 'string',
      enum: ['JSON', 'SOURCE'],
      provisionedOnly: true,
      description: 'Deliver decoded records as JSON, or in their source format without schema metadata.',
    },
    {
      ...base,
      id: `${id}-schema-access-configs`,
      path: `${p}.AccessConfigs`,
      type: 'list',
      provisionedOnly: true,
      description: 'How to authenticate to the registry.',
    },
    {
      ...base,
      id: `${id}-schema-access-config`,
      path: `${p}.AccessConfigs[]`,
      type: 'object',
      provisionedOnly: true,
      description: 'One registry credential.',
    },
    {
      ...base,
      id: `${id}-schema-access-type`,
      path: `${p}.AccessConfigs[].Type`,
      type: 'string',
      enum: ['BASIC_AUTH', 'CLIENT_CERTIFICATE_TLS_AUTH', 'SERVER_ROOT_CA_CERTIFICATE'],
      provisionedOnly: true,
      description: 'The kind of credential.',
    },
    {
      ...base,
      id: `${id}-schema-access-uri`,
      path: `${p}.AccessConfigs[].URI`,
      type: 'string',
      pattern: 'arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)',
      provisionedOnly: true,
      description: 'The Secrets Manager secret ARN.',
    },
    {
      ...base,
      id: `${id}-schema-validation-configs`,
      path: `${p}.SchemaValidationConfigs`,
      type: 'list',
      provisionedOnly: true,
      description: 'Which record parts to validate.',
    },
    {
      ...base,
      id: `${id}-schema-validation-config`,
      path: `${p}.SchemaValidationConfigs[]`,
      type: 'object',
      provisionedOnly: true,
      description: 'One record part.',
    },
    {
      ...base,
      id: `${id}-schema-validation-attribute`,
      path: `${p}.SchemaValidationConfigs[].Attribute`,
      type: 'string',
      enum: ['KEY', 'VALUE'],
      provisionedOnly: true,
      description: 'KEY or VALUE.',
    },
  ];
}

export const KAFKA_SOURCE_MEMBERS: readonly MemberRule[] = [
  {
    kind: 'member',
    id: 'msk-event-source-config',
    path: 'AmazonManagedKafkaEventSourceConfig',
    type: 'object',
    createOnly: false,
    provisionedOnly: false,
    sources: ['msk'],
    description: 'Settings for an Amazon MSK source.',
    rule: 'R1',
    source: S.MSK_PARAMS,
  },
  consumerGroupId('AmazonManagedKafkaEventSourceConfig', ['msk']),
  ...schemaRegistry('AmazonManagedKafkaEventSourceConfig', ['msk']),
  {
    kind: 'member',
    id: 'smk-event-source-config',
    path: 'SelfManagedKafkaEventSourceConfig',
    type: 'object',
    createOnly: false,
    provisionedOnly: false,
    sources: ['self-managed'],
    description: 'Settings for a self-managed Kafka source.',
    rule: 'R1',
    source: S.SMK_PARAMS,
  },
  consumerGroupId('SelfManagedKafkaEventSourceConfig', ['self-managed']),
  ...schemaRegistry('SelfManagedKafkaEventSourceConfig', ['self-managed']),
  {
    kind: 'member',
    id: 'smk-consumption-mode',
    path: 'SelfManagedKafkaEventSourceConfig.ConsumptionMode',
    type: 'string',
    enum: ['Stream', 'Queue'],
    default: 'Stream',
    createOnly: true,
    provisionedOnly: false,
    sources: ['self-managed'],
    description:
      'Stream reads partitions in order through a consumer group; Queue uses Kafka share groups with no ordering.',
    rule: 'R5',
    source: S.QUEUE,
    model: 'Queue mode is not simulated (Q18): a mapping that asks for it is rejected.',
  },
  {
    kind: 'member',
    id: 'self-managed-event-source',
    path: 'SelfManagedEventSource',
    type: 'object',
    createOnly: true,
    provisionedOnly: false,
    sources: ['self-managed'],
    description: 'The brokers of a self-managed Kafka cluster. Giving it makes the mapping self-managed.',
    rule: 'R5',
    source: S.SMK_PARAMS,
  },
  {
    kind: 'member',
    id: 'self-managed-endpoints',
    path: 'SelfManagedEventSource.Endpoints',
    type: 'object',
    required: true,
    createOnly: true,
    provisionedOnly: false,
    sources: ['self-managed'],
    description: 'Endpoints by kind; Kafka uses KAFKA_BOOTSTRAP_SERVERS.',
    rule: 'R5',
    source: S.SMK_PARAMS,
  },
  {
    kind: 'member',
    id: 'self-managed-bootstrap-servers',
    path: 'SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS',
    type: 'list',
    minLength: 1,
    maxLength: 10,
    required: true,
    createOnly: true,
    provisionedOnly: false,
    sources: ['self-managed'],
    description: 'Up to 10 bootstrap brokers.',
    rule: 'R5',
    source: S.SMK_PARAMS,
  },
  {
    kind: 'member',
    id: 'self-managed-bootstrap-server',
    path: 'SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS[]',
    type: 'string',
    minLength: 1,
    maxLength: 300,
    pattern:
      '(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]):[0-9]{1,5}',
    createOnly: true,
    provisionedOnly: false,
    sources: ['self-managed'],
    description: 'A broker as host:port.',
    rule: 'R5',
    source: S.API,
  },
];
