/**
 * The AWS pages each mapping rule comes from (facts sheet §0). Kept in one place so the rule table and
 * the reference docs cite the same URLs.
 */
export const AWS_SOURCES = {
  API: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
  UPDATE_API: 'https://docs.aws.amazon.com/lambda/latest/api/API_UpdateEventSourceMapping.html',
  MSK_PARAMS: 'https://docs.aws.amazon.com/lambda/latest/dg/msk-esm-parameters.html',
  SMK_PARAMS: 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-esm-parameters.html',
  WITH_MSK: 'https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html',
  RETRY: 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html',
  OFD_KAFKA: 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-on-failure-destination.html',
  ONFAIL: 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-on-failure.html',
  SCALING: 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-scaling-modes.html',
  ESM: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html',
  START: 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-starting-positions.html',
  CGID: 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-consumer-group-id.html',
  FILTER: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html',
  METRICS: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html',
  SR: 'https://docs.aws.amazon.com/lambda/latest/dg/services-consume-kafka-events.html',
  LOG: 'https://docs.aws.amazon.com/lambda/latest/dg/esm-logging.html',
  QUEUE: 'https://docs.aws.amazon.com/lambda/latest/dg/polling-kafka-queue.html',
  CFN: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html',
  ERR: 'https://github.com/serverless/serverless/issues/7049',
} as const;
