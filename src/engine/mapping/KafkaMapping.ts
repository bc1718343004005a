/**
 * A Kafka event source mapping after validation, with every default applied (R1). This is the only
 * shape the engine reads; `validateMapping` is the only way to produce it from a
 * CreateEventSourceMapping request (PascalCase members, as in the AWS API and
 * AWS::Lambda::EventSourceMapping).
 */
export type StartingPosition = 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';

export interface KafkaMapping {
  /** `msk` unless `SelfManagedEventSource` is given (scenario spec §3). */
  source: 'msk' | 'self-managed';
  functionName: string;
  /** MSK cluster ARN; null for self-managed Kafka. */
  eventSourceArn: string | null;
  bootstrapServers: string[];
  /** R1: exactly one topic. */
  topic: string;
  startingPosition: StartingPosition;
  /** Unix seconds, only for AT_TIMESTAMP. */
  startingPositionTimestamp: number | null;
  /** R1: default 100, 1–10000. */
  batchSize: number;
  /** R1: 500 ms when MaximumBatchingWindowInSeconds is unset, else that many whole seconds. */
  batchingWindowMs: number;
  enabled: boolean;
  /** The custom ConsumerGroupId, or null: the engine then names the group after the mapping UUID (R1). */
  consumerGroupId: string | null;
  /** FilterCriteria.Filters[].Pattern, OR-ed (R10). */
  filterPatterns: string[];
  /** DestinationConfig.OnFailure.Destination, or null. */
  onFailureDestination: string | null;
  /** As configured: −1 is infinite. */
  maximumRetryAttempts: number;
  /** R4: retries actually allowed after the first attempt; null = infinite. −1 with a destination ⇒ 10. */
  effectiveMaximumRetries: number | null;
  /** −1 is infinite, else 60–604800 (R3, R15). */
  maximumRecordAgeSeconds: number;
  bisectBatchOnFunctionError: boolean;
  /** FunctionResponseTypes contains ReportBatchItemFailures (R17). */
  reportBatchItemFailures: boolean;
  /** ProvisionedPollerConfig with defaults (Min 1, Max 200), or null in on-demand mode (R19, R20). */
  provisioned: { minimumPollers: number; maximumPollers: number; pollerGroupName: string | null } | null;
  /** The request members exactly as given, for export and display. */
  request: Record<string, unknown>;
}

/** One validation problem; `path` is dotted from the scenario root, e.g. `mapping.BatchSize`. */
export interface MappingError {
  path: string;
  message: string;
  /** the rule that rejects it (`R2`, `R3`…) */
  rule: string;
}
