/**
 * Members people write that the Lambda API does not have, with what to use instead. They are still
 * rejected (R2, as CloudFormation's schema rejects them); the hint follows the schema message.
 */
export const UNKNOWN_MEMBER_HINTS: Readonly<Record<string, string>> = {
  KafkaConfiguration:
    'there is no Kafka consumer configuration member; StartingPosition decides where a consumer group without a valid committed offset begins',
  AutoOffsetReset:
    'there is no auto.offset.reset setting; StartingPosition takes its place: TRIM_HORIZON ≈ earliest, LATEST ≈ latest, or AT_TIMESTAMP',
  ConsumerGroupId:
    'ConsumerGroupId belongs inside AmazonManagedKafkaEventSourceConfig for MSK, or SelfManagedKafkaEventSourceConfig for self-managed Kafka',
  MaximumPollers: 'pollers are set inside ProvisionedPollerConfig',
  MinimumPollers: 'pollers are set inside ProvisionedPollerConfig',
  Topic: 'the member is Topics, a list with exactly one topic',
};
