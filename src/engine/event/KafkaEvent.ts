/**
 * The event a Lambda function receives from a Kafka event source mapping (facts §2.10,
 * https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html): `records` is an object keyed by
 * `"<topic>-<partition>"`, each list in offset order; key and value are base64.
 */
export interface KafkaEventRecord {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
  timestampType: 'CREATE_TIME' | 'LOG_APPEND_TIME';
  key: string;
  value: string;
  headers: Record<string, number[]>[];
}

export interface KafkaEvent {
  /** `aws:kafka` for MSK, `SelfManagedKafka` for self-managed Kafka */
  eventSource: 'aws:kafka' | 'SelfManagedKafka';
  /** MSK only */
  eventSourceArn?: string;
  bootstrapServers: string;
  records: Record<string, KafkaEventRecord[]>;
}
