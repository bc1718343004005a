/**
 * The only way into the engine from a scenario file or object (scenario spec §3): every default applied,
 * every problem reported at once with its path, and the mapping validated by `validateMapping`.
 */
import type { MappingError } from '../mapping/KafkaMapping.ts';
import { newIssues, oneLine, reportError, type Issues } from './Issues.ts';
import { readActions } from './readActions.ts';
import { readConsumerGroup } from './readConsumerGroup.ts';
import { readExpect } from './readExpect.ts';
import { readDuration, readInteger, readList, readObject, readString } from './readFields.ts';
import { readFunction } from './readFunction.ts';
import { readModel } from './readModel.ts';
import { readProduce } from './readProduce.ts';
import { readStart } from './readStart.ts';
import { readTopic } from './readTopic.ts';
import { validateActionMappings, validateCreateMapping } from './validateScenarioMappings.ts';
import type { LoadedScenario, Scenario } from './Scenario.ts';

export const SCENARIO_KEYS = [
  'name',
  'seed',
  'duration',
  'start',
  'topic',
  'produce',
  'consumerGroup',
  'mapping',
  'function',
  'actions',
  'model',
  'expect',
] as const;

const TEN_MINUTES_MS = 600_000;

/**
 * Checks and completes a parsed scenario file.
 * @example loadScenario({ produce: [{ count: 10 }], mapping: { StartingPosition: 'TRIM_HORIZON' } })
 */
export function loadScenario(input: unknown): LoadedScenario {
  const issues = newIssues();
  if (input == null) {
    reportError(issues, '', 'the file holds no scenario: expected keys such as topic, produce and mapping');
    return rejected(issues, null);
  }
  const root = readObject(issues, input, '', SCENARIO_KEYS);
  if (!root) return rejected(issues, null);
  const topic = readTopic(issues, root['topic'], 'topic');
  const durationMs = readDuration(issues, root, 'duration', '', TEN_MINUTES_MS);
  const located = readActions(issues, readList(issues, root, 'actions', ''), 'actions', durationMs);
  const scenario: Scenario = {
    name: readString(issues, root, 'name', '', null),
    seed: readInteger(issues, root, 'seed', '', 1),
    durationMs,
    startEpochMs: readStart(issues, root['start'], 'start'),
    topic,
    produce: readProduce(issues, readList(issues, root, 'produce', ''), 'produce', topic.partitions),
    consumerGroup: readConsumerGroup(issues, root['consumerGroup'], 'consumerGroup', topic.partitions),
    mapping: {},
    function: readFunction(issues, root['function'], 'function', topic.partitions),
    actions: located.map(({ action }) => action),
    model: readModel(issues, root['model'], 'model'),
    expect: readExpect(issues, root['expect'], 'expect', topic.partitions),
  };
  const mapping = validateCreateMapping(issues, root['mapping'], scenario);
  validateActionMappings(issues, scenario, mapping, located);
  if (issues.errors.length > 0) return rejected(issues, scenario.expect);
  return { scenario, mapping, errors: [], warnings: warningLines(issues), expect: scenario.expect };
}

function rejected(issues: Issues, expect: Scenario['expect']): LoadedScenario {
  return {
    scenario: null,
    mapping: null,
    // Errors from every validator (the scenario's own, the mapping's, the model's) leave here, one line each.
    errors: dedupe(issues.errors).map((e) => ({ ...e, path: oneLine(e.path), message: oneLine(e.message) })),
    warnings: warningLines(issues),
    expect,
  };
}

const warningLines = (issues: Issues): string[] => [...new Set(issues.warnings.map(oneLine))];

/** The same problem found twice (e.g. by an update and by the mapping it produces) is reported once. */
function dedupe(errors: MappingError[]): MappingError[] {
  const seen = new Set<string>();
  return errors.filter(({ path, message }) => {
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
