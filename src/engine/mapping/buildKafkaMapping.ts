/**
 * Turns a request that passed every check into the engine's KafkaMapping, applying the defaults of
 * R1 and the effective retry limit of R4. Members that only name resources get stand-ins
 * (scenario spec §3): a function name, an MSK cluster ARN and brokers derived from it.
 */
import type { KafkaMapping, StartingPosition } from './KafkaMapping.ts';
import { timestampSeconds } from './checkMembers.ts';
import { isProvisioned, kafkaSource } from './mappingMode.ts';
import { isPlainObject, valueAt } from './requestPath.ts';

export const DEFAULT_FUNCTION_NAME = 'my-function';
export const DEFAULT_CLUSTER_ARN =
  'arn:aws:kafka:us-east-1:123456789012:cluster/offset-lab/a1b2c3d4-5678-90ab-cdef-111111111111-1';

/** R1 defaults that have a value in the request's own terms. */
const DEFAULT_BATCH_SIZE = 100;
const DEFAULT_WINDOW_MS = 500;
/** R4: "infinite" retries become at most 10 once any on-failure destination is set. */
const RETRIES_WITH_DESTINATION = 10;

export function buildKafkaMapping(request: Record<string, unknown>, topicName: string): KafkaMapping {
  const source = kafkaSource(request);
  const eventSourceArn = source === 'msk' ? (str(request['EventSourceArn']) ?? DEFAULT_CLUSTER_ARN) : null;
  const destination = str(valueAt(request, 'DestinationConfig.OnFailure.Destination')) || null;
  const maximumRetryAttempts = num(request['MaximumRetryAttempts']) ?? -1;
  const window = num(request['MaximumBatchingWindowInSeconds']);
  const poller = request['ProvisionedPollerConfig'];
  const position = (str(request['StartingPosition']) ?? 'LATEST') as StartingPosition;
  const topics = request['Topics'];
  return {
    source,
    functionName: str(request['FunctionName']) ?? DEFAULT_FUNCTION_NAME,
    eventSourceArn,
    bootstrapServers:
      source === 'msk'
        ? mskBrokers(eventSourceArn ?? DEFAULT_CLUSTER_ARN)
        : strings(valueAt(request, 'SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS')),
    topic: Array.isArray(topics) && typeof topics[0] === 'string' ? topics[0] : topicName,
    startingPosition: position,
    startingPositionTimestamp:
      position === 'AT_TIMESTAMP' ? timestampSeconds(request['StartingPositionTimestamp']) : null,
    batchSize: num(request['BatchSize']) ?? DEFAULT_BATCH_SIZE,
    batchingWindowMs: window === undefined ? DEFAULT_WINDOW_MS : window * 1000,
    enabled: request['Enabled'] !== false,
    consumerGroupId:
      str(
        valueAt(
          request,
          `${source === 'msk' ? 'AmazonManaged' : 'SelfManaged'}KafkaEventSourceConfig.ConsumerGroupId`,
        ),
      ) ?? null,
    filterPatterns: filterPatterns(request),
    onFailureDestination: destination,
    maximumRetryAttempts,
    effectiveMaximumRetries:
      maximumRetryAttempts >= 0 ? maximumRetryAttempts : destination ? RETRIES_WITH_DESTINATION : null,
    maximumRecordAgeSeconds: num(request['MaximumRecordAgeInSeconds']) ?? -1,
    bisectBatchOnFunctionError: request['BisectBatchOnFunctionError'] === true,
    reportBatchItemFailures: strings(request['FunctionResponseTypes']).includes('ReportBatchItemFailures'),
    provisioned:
      isProvisioned(request) && isPlainObject(poller)
        ? {
            minimumPollers: num(poller['MinimumPollers']) ?? 1,
            maximumPollers: num(poller['MaximumPollers']) ?? 200,
            pollerGroupName: str(poller['PollerGroupName']) || null,
          }
        : null,
    request: structuredClone(request),
  };
}

/** Two made-up brokers in the cluster's region, as MSK names them (`b-1.<cluster>…:9098`). */
function mskBrokers(arn: string): string[] {
  const [, , , region = 'us-east-1', , resource = ''] = arn.split(':');
  const cluster =
    (resource.split('/')[1] ?? 'cluster').toLowerCase().replace(/[^a-z0-9-]/g, '-') || 'cluster';
  return [1, 2].map((n) => `b-${n}.${cluster}.kafka.${region || 'us-east-1'}.amazonaws.com:9098`);
}

function filterPatterns(request: Record<string, unknown>): string[] {
  const filters = valueAt(request, 'FilterCriteria.Filters');
  if (!Array.isArray(filters)) return [];
  return filters.flatMap((f: unknown) =>
    isPlainObject(f) && typeof f['Pattern'] === 'string' ? [f['Pattern']] : [],
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
