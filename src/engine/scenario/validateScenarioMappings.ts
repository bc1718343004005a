/**
 * The scenario's mappings checked by the mapping rules (`validateMapping`, R1–R5, R21): the one created
 * at t = 0 and every `update`/`create` action, each error under the path where it was written.
 */
import type { KafkaMapping } from '../mapping/KafkaMapping.ts';
import { validateMapping } from '../mapping/validateMapping.ts';
import { joinPath, reportError, type Issues } from './Issues.ts';
import { isPlainObject } from './readFields.ts';
import { show } from './Parsed.ts';
import type { LocatedAction } from './readActions.ts';
import type { Scenario } from './Scenario.ts';

type Operation = 'create' | 'update';

/** The mapping created at t = 0; also stores the raw request in `scenario.mapping`. */
export function validateCreateMapping(issues: Issues, raw: unknown, scenario: Scenario): KafkaMapping | null {
  if (raw != null && !isPlainObject(raw)) {
    reportError(
      issues,
      'mapping',
      `expected CreateEventSourceMapping members, such as { StartingPosition: TRIM_HORIZON }, got ${show(raw)}`,
    );
    return null;
  }
  scenario.mapping = raw ?? {};
  const mapping = check(issues, scenario.mapping, 'mapping', 'create', scenario);
  warnAboutUnusedGroup(issues, scenario, mapping);
  return mapping;
}

/**
 * `update` members are checked as an UpdateEventSourceMapping request against the mapping in force
 * (create-only members refused, R5; the result is the merged mapping). `create` after a delete uses its
 * own request, or the file's original one. Each result is stored as `action.mappingAfter` for the engine.
 * Without a valid initial mapping there is nothing to update, and its errors are already reported.
 */
export function validateActionMappings(
  issues: Issues,
  scenario: Scenario,
  initial: KafkaMapping | null,
  located: LocatedAction[],
): void {
  let current = initial;
  for (const { action, path } of located) {
    if (!initial) return;
    const at = joinPath(path, 'mapping');
    if (action.do === 'update' && action.mapping && current) {
      current = check(issues, action.mapping, at, 'update', scenario, { previous: current }) ?? current;
      setAfter(action, current);
    } else if (action.do === 'create') {
      // "Cannot be in the future" (R3) means after the moment of this create, not after t = 0.
      current = action.mapping
        ? check(issues, action.mapping, at, 'create', scenario, { atMs: action.atMs })
        : initial;
      setAfter(action, current);
    }
  }
}

function setAfter(action: LocatedAction['action'], mapping: KafkaMapping | null): void {
  if (mapping) action.mappingAfter = mapping;
}

function check(
  issues: Issues,
  request: Record<string, unknown>,
  path: string,
  operation: Operation,
  scenario: Scenario,
  { previous, atMs = 0 }: { previous?: KafkaMapping; atMs?: number } = {},
): KafkaMapping | null {
  try {
    const result = validateMapping(request, {
      path,
      topicName: scenario.topic.name,
      operation,
      functionTimeoutMs: scenario.function.timeoutMs,
      startEpochMs: scenario.startEpochMs + atMs,
      ...(previous ? { previous } : {}),
    });
    issues.errors.push(...result.errors);
    issues.warnings.push(...result.warnings);
    return result.errors.length === 0 ? result.mapping : null;
  } catch (error) {
    // A validator bug must not crash the command; say so plainly instead of showing a stack.
    reportError(
      issues,
      path,
      `internal error while validating the mapping: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/** A `consumerGroup` that no mapping of the scenario names is never read (R6 needs the same group id). */
function warnAboutUnusedGroup(issues: Issues, scenario: Scenario, mapping: KafkaMapping | null): void {
  const group = scenario.consumerGroup;
  if (!group || !mapping) return;
  const named = [
    mapping.consumerGroupId,
    ...scenario.actions.map(
      (a) =>
        a.mapping?.['AmazonManagedKafkaEventSourceConfig'] ??
        a.mapping?.['SelfManagedKafkaEventSourceConfig'],
    ),
  ];
  const usesGroup = named.some(
    (entry) => entry === group.id || (isPlainObject(entry) && entry['ConsumerGroupId'] === group.id),
  );
  if (!usesGroup) {
    issues.warnings.push(
      `consumerGroup.id: no mapping in this scenario uses group "${group.id}" (set ConsumerGroupId), so its offsets are never read`,
    );
  }
}
