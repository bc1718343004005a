/**
 * `aws_lambda_event_source_mapping` arguments and nested blocks ↔ CreateEventSourceMapping members
 * (Terraform AWS provider documentation, resource `lambda_event_source_mapping`). Arguments not listed
 * here are converted by name (`parallelization_factor` ↔ `ParallelizationFactor`), so members that are
 * invalid for Kafka survive the trip and validation can report them.
 */
export const ESM_RESOURCE = 'aws_lambda_event_source_mapping';

export interface TfField {
  tf: string;
  api: string;
  /** a nested block (`single`) or a block that may repeat and becomes a list (`repeated`) */
  block?: 'single' | 'repeated';
  children?: readonly TfField[];
}

const schemaRegistry: TfField = {
  tf: 'schema_registry_config',
  api: 'SchemaRegistryConfig',
  block: 'single',
  children: [
    { tf: 'schema_registry_uri', api: 'SchemaRegistryURI' },
    { tf: 'event_record_format', api: 'EventRecordFormat' },
    {
      tf: 'access_config',
      api: 'AccessConfigs',
      block: 'repeated',
      children: [
        { tf: 'type', api: 'Type' },
        { tf: 'uri', api: 'URI' },
      ],
    },
    {
      tf: 'schema_validation_config',
      api: 'SchemaValidationConfigs',
      block: 'repeated',
      children: [{ tf: 'attribute', api: 'Attribute' }],
    },
  ],
};

export const ESM_FIELDS: readonly TfField[] = [
  { tf: 'function_name', api: 'FunctionName' },
  { tf: 'event_source_arn', api: 'EventSourceArn' },
  { tf: 'topics', api: 'Topics' },
  { tf: 'starting_position', api: 'StartingPosition' },
  { tf: 'starting_position_timestamp', api: 'StartingPositionTimestamp' },
  { tf: 'batch_size', api: 'BatchSize' },
  { tf: 'maximum_batching_window_in_seconds', api: 'MaximumBatchingWindowInSeconds' },
  { tf: 'enabled', api: 'Enabled' },
  { tf: 'kms_key_arn', api: 'KMSKeyArn' },
  { tf: 'maximum_retry_attempts', api: 'MaximumRetryAttempts' },
  { tf: 'maximum_record_age_in_seconds', api: 'MaximumRecordAgeInSeconds' },
  { tf: 'bisect_batch_on_function_error', api: 'BisectBatchOnFunctionError' },
  { tf: 'function_response_types', api: 'FunctionResponseTypes' },
  { tf: 'tags', api: 'Tags' },
  // Real arguments of the resource that AWS rejects for Kafka (R2): read so validation can say so.
  { tf: 'parallelization_factor', api: 'ParallelizationFactor' },
  { tf: 'tumbling_window_in_seconds', api: 'TumblingWindowInSeconds' },
  { tf: 'queues', api: 'Queues' },
  {
    tf: 'amazon_managed_kafka_event_source_config',
    api: 'AmazonManagedKafkaEventSourceConfig',
    block: 'single',
    children: [{ tf: 'consumer_group_id', api: 'ConsumerGroupId' }, schemaRegistry],
  },
  {
    tf: 'self_managed_kafka_event_source_config',
    api: 'SelfManagedKafkaEventSourceConfig',
    block: 'single',
    children: [
      { tf: 'consumer_group_id', api: 'ConsumerGroupId' },
      { tf: 'consumption_mode', api: 'ConsumptionMode' },
      schemaRegistry,
    ],
  },
  {
    tf: 'self_managed_event_source',
    api: 'SelfManagedEventSource',
    block: 'single',
    // `endpoints = { KAFKA_BOOTSTRAP_SERVERS = "host1:9092,host2:9092" }`: a comma-separated string in Terraform.
    children: [{ tf: 'endpoints', api: 'Endpoints' }],
  },
  {
    tf: 'source_access_configuration',
    api: 'SourceAccessConfigurations',
    block: 'repeated',
    children: [
      { tf: 'type', api: 'Type' },
      { tf: 'uri', api: 'URI' },
    ],
  },
  {
    tf: 'destination_config',
    api: 'DestinationConfig',
    block: 'single',
    children: [
      {
        tf: 'on_failure',
        api: 'OnFailure',
        block: 'single',
        children: [{ tf: 'destination_arn', api: 'Destination' }],
      },
      {
        tf: 'on_success',
        api: 'OnSuccess',
        block: 'single',
        children: [{ tf: 'destination_arn', api: 'Destination' }],
      },
    ],
  },
  {
    tf: 'filter_criteria',
    api: 'FilterCriteria',
    block: 'single',
    children: [
      { tf: 'filter', api: 'Filters', block: 'repeated', children: [{ tf: 'pattern', api: 'Pattern' }] },
    ],
  },
  {
    tf: 'provisioned_poller_config',
    api: 'ProvisionedPollerConfig',
    block: 'single',
    children: [
      { tf: 'minimum_pollers', api: 'MinimumPollers' },
      { tf: 'maximum_pollers', api: 'MaximumPollers' },
      { tf: 'poller_group_name', api: 'PollerGroupName' },
    ],
  },
  {
    tf: 'metrics_config',
    api: 'MetricsConfig',
    block: 'single',
    children: [{ tf: 'metrics', api: 'Metrics' }],
  },
  {
    tf: 'logging_config',
    api: 'LoggingConfig',
    block: 'single',
    children: [{ tf: 'system_log_level', api: 'SystemLogLevel' }],
  },
  {
    tf: 'scaling_config',
    api: 'ScalingConfig',
    block: 'single',
    children: [{ tf: 'maximum_concurrency', api: 'MaximumConcurrency' }],
  },
  {
    tf: 'document_db_event_source_config',
    api: 'DocumentDBEventSourceConfig',
    block: 'single',
    children: [
      { tf: 'database_name', api: 'DatabaseName' },
      { tf: 'collection_name', api: 'CollectionName' },
      { tf: 'full_document', api: 'FullDocument' },
    ],
  },
];

/** Terraform meta-arguments and provider settings: they shape the deployment, not the mapping. */
export const META_ARGUMENTS = [
  'count',
  'for_each',
  'depends_on',
  'provider',
  'lifecycle',
  'region',
  'timeouts',
];

export function snakeToPascal(name: string): string {
  return name
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export function pascalToSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}
