/**
 * Checks that span members or need the scenario (facts sheet R2–R5, R21). Messages are templates:
 * the validator fills `{name}` placeholders. Where AWS's wording is unknown the message is ours.
 */
import type { CheckRule } from '../mappingRules.ts';
import { AWS_SOURCES as S } from '../awsSources.ts';

export const CROSS_MEMBER_CHECKS: readonly CheckRule[] = [
  {
    kind: 'check',
    id: 'unknown-member',
    path: '{member}',
    message: 'extraneous key [{key}] is not permitted',
    description:
      'A member that CreateEventSourceMapping does not have (such as KafkaConfiguration or AutoOffsetReset) is rejected, as CloudFormation’s schema does.',
    rule: 'R2',
    source: S.CFN,
  },
  {
    kind: 'check',
    id: 'wrong-source-member',
    path: '{member}',
    message: "Unsupported '{camel}' parameter for given event source mapping type.",
    description:
      'AmazonManagedKafkaEventSourceConfig belongs to MSK mappings, SelfManagedKafkaEventSourceConfig to self-managed ones.',
    rule: 'R2',
    source: S.SMK_PARAMS,
  },
  {
    kind: 'check',
    id: 'required-member',
    path: '{member}',
    message: '{key} is required',
    description:
      'StartingPosition is required for a Kafka mapping; nested required members when their parent is given.',
    rule: 'R1',
    source: S.MSK_PARAMS,
  },
  {
    kind: 'check',
    id: 'topic-is-scenario-topic',
    path: 'Topics[0]',
    message: "Topic '{topic}' is not the scenario's topic '{scenarioTopic}'",
    description: 'The simulator has one topic; the mapping must consume it.',
    rule: 'R1',
    source: S.MSK_PARAMS,
    model: 'Offset Lab simulates one topic per scenario.',
  },
  {
    kind: 'check',
    id: 'record-age-minimum',
    path: 'MaximumRecordAgeInSeconds',
    message:
      "Value '{value}' at 'maximumRecordAgeInSeconds' failed to satisfy constraint: minimum valid value for maximum record age is 60s (or -1 for infinite)",
    description: 'MaximumRecordAgeInSeconds is -1 or 60 to 604800; 0 to 59 are rejected.',
    rule: 'R3',
    source: S.RETRY,
  },
  {
    kind: 'check',
    id: 'timestamp-required',
    path: 'StartingPositionTimestamp',
    message: 'StartingPositionTimestamp is required when StartingPosition is AT_TIMESTAMP',
    description: 'AT_TIMESTAMP needs the timestamp to start from.',
    rule: 'R3',
    source: S.START,
  },
  {
    kind: 'check',
    id: 'timestamp-not-in-future',
    path: 'StartingPositionTimestamp',
    message:
      'StartingPositionTimestamp {value} ({iso}) cannot be in the future (the scenario starts at {start})',
    description: 'The timestamp cannot be after the moment the mapping is created (the scenario start).',
    rule: 'R3',
    source: S.START,
  },
  {
    kind: 'check',
    id: 'maximum-pollers-at-least-minimum',
    path: 'ProvisionedPollerConfig.MaximumPollers',
    message: 'MaximumPollers ({max}) must be greater than or equal to MinimumPollers ({min})',
    description:
      'MaximumPollers cannot be below MinimumPollers (defaults 1 and 200 apply to the one left out).',
    rule: 'R3',
    source: S.SCALING,
  },
  {
    kind: 'check',
    id: 'provisioned-only',
    path: '{member}',
    message:
      "'{key}' requires provisioned mode: add ProvisionedPollerConfig with MinimumPollers and MaximumPollers (Offset Lab model: AWS does not document this error)",
    description:
      'Error-handling controls, schema registry and system logs are provisioned-mode features for Kafka. Setting one to a non-default value without ProvisionedPollerConfig is rejected.',
    rule: 'R4',
    source: S.RETRY,
    model: 'AWS does not document what it does in on-demand mode (Q3); Offset Lab rejects the mapping.',
  },
  {
    kind: 'check',
    id: 'kafka-destination-needs-provisioned',
    path: 'DestinationConfig.OnFailure.Destination',
    message: "A Kafka topic destination ('{value}') requires provisioned mode: add ProvisionedPollerConfig",
    description: 'kafka:// on-failure destinations are documented as provisioned-mode only.',
    rule: 'R4',
    source: S.OFD_KAFKA,
  },
  {
    kind: 'check',
    id: 'kafka-destination-not-source',
    path: 'DestinationConfig.OnFailure.Destination',
    message: "The on-failure Kafka topic '{topic}' must not be the source topic",
    description: 'A kafka:// destination must be a different topic of the same cluster.',
    rule: 'R4',
    source: S.OFD_KAFKA,
  },
  {
    kind: 'check',
    id: 'create-only-in-update',
    path: '{member}',
    message:
      '{key} cannot be changed after the mapping is created: UpdateEventSourceMapping does not accept it',
    description:
      'EventSourceArn, SelfManagedEventSource, Topics, StartingPosition(Timestamp) and Tags exist only in CreateEventSourceMapping.',
    rule: 'R5',
    source: S.UPDATE_API,
  },
  {
    kind: 'check',
    id: 'immutable-in-update',
    path: '{member}',
    message: "{key} cannot be updated: it was '{previous}' at creation",
    description: 'ConsumerGroupId and ConsumptionMode are fixed once the mapping exists.',
    rule: 'R5',
    source: S.CGID,
  },
  {
    kind: 'check',
    id: 'queue-mode-not-simulated',
    path: 'SelfManagedKafkaEventSourceConfig.ConsumptionMode',
    message: 'ConsumptionMode Queue (Kafka share groups) is not simulated by Offset Lab: use Stream',
    description:
      'Queue mode has no per-partition offsets to show, and AWS has not documented its redelivery rules (Q18).',
    rule: 'R1',
    source: S.QUEUE,
    model: 'Out of scope (Q18).',
  },
  {
    kind: 'check',
    id: 'invalid-filter-pattern',
    path: 'FilterCriteria.Filters[{index}].Pattern',
    message: 'Invalid filter pattern definition.',
    description: 'Each filter pattern must be a JSON object.',
    rule: 'R1',
    source: S.FILTER,
  },
  {
    kind: 'check',
    id: 'unsupported-before-2025-11',
    path: '{member}',
    message: "Unsupported '{camel}' parameter for given event source mapping type.",
    description:
      'With the "before-2025-11" era, the error-handling controls and PollerGroupName are rejected for Kafka, as AWS did until November 2025 (its 2021 message for maximumRetryAttempts).',
    rule: 'R4',
    source: S.ERR,
    model: 'Optional era flag (facts sheet R4); the default is the current API.',
  },
  {
    kind: 'check',
    id: 'function-timeout',
    path: 'function.timeout',
    message:
      'Function timeout {seconds}s exceeds 14 minutes (840s), the maximum for a function with a Kafka event source mapping',
    description:
      'A function behind a Kafka mapping may run at most 14 minutes so the mapping can handle errors and retries.',
    rule: 'R21',
    source: S.WITH_MSK,
  },
];
