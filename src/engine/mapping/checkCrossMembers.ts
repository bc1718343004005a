/**
 * Checks that span several members or need the scenario: record-age floor and poller order (R3),
 * AT_TIMESTAMP (R3), provisioned-only features (R4, Q3), Kafka destinations (R4), the scenario topic
 * (R1), Queue mode (Q18) and filter syntax. Each reads values defensively: a member with the wrong
 * type has already been reported by `checkMembers`.
 */
import type { MappingError } from './KafkaMapping.ts';
import { MEMBER_RULES, memberRule } from './mappingRules.ts';
import type { MemberRule } from './mappingRules.ts';
import { checkMessage } from './mappingMessages.ts';
import { timestampSeconds } from './checkMembers.ts';
import { displayPath, isPlainObject, valueAt } from './requestPath.ts';
import { isProvisioned } from './mappingMode.ts';

export interface CrossCheckContext {
  prefix: string;
  topicName: string;
  startEpochMs: number;
}

type Report = (path: string, checkId: string, rule: string, values?: Record<string, string | number>) => void;

export function checkCrossMembers(request: Record<string, unknown>, ctx: CrossCheckContext): MappingError[] {
  const errors: MappingError[] = [];
  const report: Report = (path, checkId, rule, values = {}) =>
    errors.push({ path: displayPath(ctx.prefix, [path]), message: checkMessage(checkId, values), rule });
  checkTopic(request, ctx, report);
  checkStartingTimestamp(request, ctx, report);
  checkRecordAge(request, report);
  checkPollers(request, report);
  checkProvisionedOnly(request, report);
  checkDestination(request, ctx, report);
  checkConsumptionMode(request, report);
  checkFilterPatterns(request, report);
  return errors;
}

function checkTopic(request: Record<string, unknown>, ctx: CrossCheckContext, report: Report): void {
  const topics = request['Topics'];
  if (
    Array.isArray(topics) &&
    topics.length === 1 &&
    typeof topics[0] === 'string' &&
    topics[0] !== ctx.topicName
  )
    report('Topics[0]', 'topic-is-scenario-topic', 'R1', { topic: topics[0], scenarioTopic: ctx.topicName });
}

function checkStartingTimestamp(
  request: Record<string, unknown>,
  ctx: CrossCheckContext,
  report: Report,
): void {
  if (request['StartingPosition'] !== 'AT_TIMESTAMP') return;
  if (!('StartingPositionTimestamp' in request))
    return report('StartingPositionTimestamp', 'timestamp-required', 'R3');
  const seconds = timestampSeconds(request['StartingPositionTimestamp']);
  if (seconds !== null && seconds * 1000 > ctx.startEpochMs)
    report('StartingPositionTimestamp', 'timestamp-not-in-future', 'R3', {
      value: seconds,
      iso: new Date(seconds * 1000).toISOString(),
      start: new Date(ctx.startEpochMs).toISOString(),
    });
}

function checkRecordAge(request: Record<string, unknown>, report: Report): void {
  const age = request['MaximumRecordAgeInSeconds'];
  if (typeof age === 'number' && age >= 0 && age < 60)
    report('MaximumRecordAgeInSeconds', 'record-age-minimum', 'R3', { value: age });
}

function checkPollers(request: Record<string, unknown>, report: Report): void {
  const config = request['ProvisionedPollerConfig'];
  if (!isPlainObject(config)) return;
  const min = config['MinimumPollers'] ?? 1;
  const max = config['MaximumPollers'] ?? 200;
  // Out-of-range values are reported by checkMembers; comparing them would only add noise.
  if (
    !inRange(min, 'ProvisionedPollerConfig.MinimumPollers') ||
    !inRange(max, 'ProvisionedPollerConfig.MaximumPollers')
  )
    return;
  if (max < min)
    report('ProvisionedPollerConfig.MaximumPollers', 'maximum-pollers-at-least-minimum', 'R3', { min, max });
}

function inRange(value: unknown, path: string): value is number {
  const rule = memberRule(path);
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= (rule?.min ?? -Infinity) &&
    value <= (rule?.max ?? Infinity)
  );
}

/** The outermost provisioned-only members (their children are covered by them). */
const PROVISIONED_ONLY: readonly MemberRule[] = MEMBER_RULES.filter(
  (r) => r.provisionedOnly && !r.path.startsWith('ProvisionedPollerConfig') && !r.path.includes('[]'),
).filter((r, _, all) => !all.some((o) => r.path.startsWith(`${o.path}.`)));

function checkProvisionedOnly(request: Record<string, unknown>, report: Report): void {
  if (isProvisioned(request)) return;
  for (const rule of PROVISIONED_ONLY) {
    const value = valueAt(request, rule.path);
    if (value === undefined || isDefaultValue(value, rule)) continue;
    report(rule.path, 'provisioned-only', 'R4', { key: rule.path.slice(rule.path.lastIndexOf('.') + 1) });
  }
}

function isDefaultValue(value: unknown, rule: MemberRule): boolean {
  return rule.default !== undefined && JSON.stringify(value) === JSON.stringify(rule.default);
}

function checkDestination(request: Record<string, unknown>, ctx: CrossCheckContext, report: Report): void {
  const destination = valueAt(request, 'DestinationConfig.OnFailure.Destination');
  if (typeof destination !== 'string' || !destination.startsWith('kafka://')) return;
  const path = 'DestinationConfig.OnFailure.Destination';
  if (!isProvisioned(request))
    report(path, 'kafka-destination-needs-provisioned', 'R4', { value: destination });
  const topic = destination.slice('kafka://'.length);
  const topics = request['Topics'];
  const source = Array.isArray(topics) && typeof topics[0] === 'string' ? topics[0] : ctx.topicName;
  if (topic === source) report(path, 'kafka-destination-not-source', 'R4', { topic });
}

function checkConsumptionMode(request: Record<string, unknown>, report: Report): void {
  if (valueAt(request, 'SelfManagedKafkaEventSourceConfig.ConsumptionMode') === 'Queue')
    report('SelfManagedKafkaEventSourceConfig.ConsumptionMode', 'queue-mode-not-simulated', 'R1');
}

function checkFilterPatterns(request: Record<string, unknown>, report: Report): void {
  const filters = valueAt(request, 'FilterCriteria.Filters');
  if (!Array.isArray(filters)) return;
  filters.forEach((filter: unknown, index) => {
    const pattern = isPlainObject(filter) ? filter['Pattern'] : undefined;
    if (typeof pattern === 'string' && !isJsonObject(pattern))
      report(`FilterCriteria.Filters[${index}].Pattern`, 'invalid-filter-pattern', 'R1');
  });
}

function isJsonObject(text: string): boolean {
  try {
    return isPlainObject(JSON.parse(text));
  } catch {
    return false;
  }
}
