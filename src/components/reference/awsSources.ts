/**
 * The public sources every article cites, keyed by the ids of the facts sheet
 * (shared/reference/esm-kafka-facts.md §0). Articles cite with `<Cite id="RETRY" />` and list their
 * sources with `<SourceList ids={[…]} />`, so each URL is written once, here.
 */
export interface AwsSource {
  /** short link text used inline, e.g. "AWS: Kafka retries" */
  label: string;
  /** the page's own title, shown in source lists */
  title: string;
  url: string;
}

const dg = 'https://docs.aws.amazon.com/lambda/latest/dg/';

export const awsSources = {
  API: {
    label: 'Lambda API model',
    title: 'Lambda API model (botocore service-2.json): CreateEventSourceMapping members and constraints',
    url: 'https://github.com/boto/botocore/blob/develop/botocore/data/lambda/2015-03-31/service-2.json',
  },
  'MSK-PARAMS': {
    label: 'AWS: MSK parameters',
    title: 'Amazon MSK event source mapping parameters',
    url: `${dg}msk-esm-parameters.html`,
  },
  'SMK-PARAMS': {
    label: 'AWS: self-managed Kafka parameters',
    title: 'Self-managed Apache Kafka event source mapping parameters',
    url: `${dg}kafka-esm-parameters.html`,
  },
  'MSK-CFG': {
    label: 'AWS: MSK event source',
    title: 'Using Amazon MSK as an event source (configure)',
    url: `${dg}with-msk-configure.html`,
  },
  'SMK-CFG': {
    label: 'AWS: self-managed Kafka event source',
    title: 'Using self-managed Apache Kafka as an event source (configure)',
    url: `${dg}with-kafka-configure.html`,
  },
  'WITH-MSK': {
    label: 'AWS: Lambda with MSK',
    title: 'Using Lambda with Amazon MSK',
    url: `${dg}with-msk.html`,
  },
  RETRY: {
    label: 'AWS: Kafka retries',
    title: 'Configuring error handling controls for Kafka event sources',
    url: `${dg}kafka-retry-configurations.html`,
  },
  'OFD-KAFKA': {
    label: 'AWS: Kafka topic destination',
    title: 'Using a Kafka topic as an on-failure destination',
    url: `${dg}kafka-on-failure-destination.html`,
  },
  ONFAIL: {
    label: 'AWS: on-failure destinations',
    title: 'Capturing discarded batches for Kafka event sources (SQS, SNS, S3)',
    url: `${dg}kafka-on-failure.html`,
  },
  SCALING: {
    label: 'AWS: scaling modes',
    title: 'Kafka event source mapping scaling modes (on-demand and provisioned)',
    url: `${dg}kafka-scaling-modes.html`,
  },
  ESM: {
    label: 'AWS: event source mappings',
    title: 'How Lambda processes records from stream and queue-based event sources',
    url: `${dg}invocation-eventsourcemapping.html`,
  },
  START: {
    label: 'AWS: starting positions',
    title: 'Kafka starting positions',
    url: `${dg}kafka-starting-positions.html`,
  },
  CGID: {
    label: 'AWS: consumer group ID',
    title: 'Customizable consumer group ID for Kafka event sources',
    url: `${dg}kafka-consumer-group-id.html`,
  },
  FILTER: {
    label: 'AWS: event filtering',
    title: 'Control which events Lambda sends to your function (event filtering)',
    url: `${dg}invocation-eventfiltering.html`,
  },
  'KAFKA-FILTER': {
    label: 'AWS: Kafka filtering',
    title: 'Filtering events from Kafka event sources',
    url: `${dg}kafka-filtering.html`,
  },
  METRICS: {
    label: 'AWS: metrics',
    title: 'Types of metrics for Lambda functions (event source mapping metrics)',
    url: `${dg}monitoring-metrics-types.html`,
  },
  LOWLAT: {
    label: 'AWS: low latency',
    title: 'Low-latency processing for Kafka event sources',
    url: `${dg}with-kafka-low-latency.html`,
  },
  TROUBLE: {
    label: 'AWS: troubleshooting',
    title: 'Troubleshooting Kafka event source mapping errors',
    url: `${dg}with-kafka-troubleshoot.html`,
  },
  SR: {
    label: 'AWS: schema registry',
    title: 'Using schema registries with Kafka event sources',
    url: `${dg}services-consume-kafka-events.html`,
  },
  LOG: {
    label: 'AWS: ESM logging',
    title: 'Event source mapping system logs',
    url: `${dg}esm-logging.html`,
  },
  QUEUE: {
    label: 'AWS: queue mode',
    title: 'Polling Kafka in queue mode (share groups)',
    url: `${dg}polling-kafka-queue.html`,
  },
  'OLD-MSK': {
    label: 'AWS guide (archived)',
    title: 'AWS Lambda Developer Guide, archived source: Using Lambda with Amazon MSK (≈2021–2022)',
    url: 'https://github.com/awsdocs/aws-lambda-developer-guide/blob/main/doc_source/with-msk.md',
  },
  'WN-CGID': {
    label: 'AWS announcement 2022',
    title: 'What’s New (2022-08-17): consumer group IDs for Amazon MSK and self-managed Kafka event sources',
    url: 'https://aws.amazon.com/about-aws/whats-new/2022/08/aws-lambda-consumer-group-ids-msk-kafka-event-sources/',
  },
  'WN-TS': {
    label: 'AWS announcement 2023',
    title: 'What’s New (2023-06-21): starting timestamp for Kafka event sources',
    url: 'https://aws.amazon.com/about-aws/whats-new/2023/06/aws-lambda-starting-timestamp-kafka-sources/',
  },
  'WN-PROV': {
    label: 'AWS announcement 2024',
    title: 'What’s New (2024-11): provisioned mode for Kafka event source mappings',
    url: 'https://aws.amazon.com/about-aws/whats-new/2024/11/aws-lambda-provisioned-mode-kafka-esms/',
  },
  'BLOG-PROV': {
    label: 'AWS blog: provisioned mode',
    title: 'AWS Compute Blog: Introducing provisioned mode for Kafka event source mappings',
    url: 'https://aws.amazon.com/blogs/compute/introducing-provisioned-mode-for-kafka-event-source-mappings-with-aws-lambda/',
  },
  'BLOG-TPUT': {
    label: 'AWS blog: throughput',
    title: 'AWS Compute Blog: Improving throughput of serverless streaming workloads for Kafka',
    url: 'https://aws.amazon.com/blogs/compute/improving-throughput-of-serverless-streaming-workloads-for-kafka',
  },
  'BLOG-SCALE23': {
    label: 'AWS blog: scaling 2023',
    title: 'AWS Compute Blog: Scaling improvements when processing Apache Kafka with AWS Lambda',
    url: 'https://aws.amazon.com/blogs/compute/scaling-improvements-when-processing-apache-kafka-with-aws-lambda/',
  },
  'KIN-OFD': {
    label: 'AWS: Kinesis destinations',
    title: 'Kinesis on-failure destinations (the Kinesis analogue)',
    url: `${dg}kinesis-on-failure-destination.html`,
  },
  'KIN-PBR': {
    label: 'AWS: Kinesis partial batches',
    title: 'Kinesis partial batch responses (the Kinesis analogue)',
    url: `${dg}services-kinesis-batchfailurereporting.html`,
  },
  CFN: {
    label: 'CloudFormation schema',
    title: 'AWS::Lambda::EventSourceMapping (CloudFormation resource reference)',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html',
  },
  ERR: {
    label: 'observed error',
    title: 'Observed “Unsupported … parameter” error (pulumi/pulumi-aws#1418)',
    url: 'https://github.com/pulumi/pulumi-aws/issues/1418',
  },
  ROADMAP47: {
    label: 'Lambda roadmap #47',
    title: 'aws/aws-lambda-roadmap#47: Parallelization Factor for Kafka ESM (open request)',
    url: 'https://github.com/aws/aws-lambda-roadmap/issues/47',
  },
  CDK21789: {
    label: 'aws-cdk#21789',
    title: 'aws/aws-cdk#21789: every event source mapping got a new UUID as consumer group ID',
    url: 'https://github.com/aws/aws-cdk/issues/21789',
  },
  'KAFKA-RETENTION': {
    label: 'Kafka: offsets.retention.minutes',
    title: 'Apache Kafka broker configuration: offsets.retention.minutes',
    url: 'https://kafka.apache.org/documentation/#brokerconfigs_offsets.retention.minutes',
  },
  'KAFKA-COMMIT': {
    label: 'Kafka: commitSync',
    title: 'Apache Kafka KafkaConsumer#commitSync (committed offset = next offset to read)',
    url: 'https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/clients/consumer/KafkaConsumer.java',
  },
  RUST: {
    label: 'Rust lambda-events',
    title: 'aws-lambda-rust-runtime: Kafka event and batchItemFailures types',
    url: 'https://github.com/aws/aws-lambda-rust-runtime',
  },
  'PT-PY': {
    label: 'Powertools example',
    title: 'Powertools for AWS Lambda (Python): Kafka batch response example (uses a different key)',
    url: 'https://github.com/aws-powertools/powertools-lambda-python/blob/develop/examples/batch_processing/src/getting_started_kafka_response.json',
  },
  SEED: {
    label: 'the original blog draft',
    title: 'Vesko Vujovic: AWS Lambda Event Source Mapping — the magic behind Kafka offset management (2024)',
    url: 'https://blog.veskovujovic.me/posts/offset-management-esm',
  },
} as const satisfies Record<string, AwsSource>;

export type AwsSourceId = keyof typeof awsSources;
