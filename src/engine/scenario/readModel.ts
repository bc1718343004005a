import { joinPath, type Issues } from './Issues.ts';
import { readDuration, readEnum, readInteger, readObject, type Fields } from './readFields.ts';
import type { ModelOptions } from './Scenario.ts';

/**
 * The modelling choices a file may name under `model:` (scenario spec §3; facts sheet Q1, Q4, Q5, §4,
 * R13, R19). Durations are written like any other (`2m`) and handed to the engine in milliseconds.
 */
const ENUMS = {
  partialBatch: ['retry-from-lowest', 'retry-listed-only'],
  invalidOffsetReset: ['starting-position', 'log-start'],
  filteredPoll: ['commit-with-next-invocation', 'commit-immediately'],
} as const;
/** file key → engine key */
const DURATIONS = {
  startupDelay: 'startupDelayMs',
  updateDelay: 'updateDelayMs',
  retryDelay: 'retryDelayMs',
  scalingDelay: 'scalingDelayMs',
} as const;
const MODEL_KEYS = [...Object.keys(ENUMS), ...Object.keys(DURATIONS), 'pollerConcurrency'];

/**
 * `model:` choices for AWS's open questions. Known keys are checked; other keys pass through to the
 * engine with a warning, so an engine that grows a new choice does not need a loader change first.
 */
export function readModel(issues: Issues, raw: unknown, path: string): ModelOptions {
  if (raw == null) return {};
  const scratch: Issues = { errors: [], warnings: [] };
  const fields = readObject(scratch, raw, path, MODEL_KEYS);
  if (!fields) {
    issues.errors.push(...scratch.errors);
    return {};
  }
  const model: ModelOptions = {};
  for (const key of Object.keys(fields)) {
    if (MODEL_KEYS.includes(key)) continue;
    issues.warnings.push(
      `${joinPath(path, key)}: not a model choice this loader knows (${MODEL_KEYS.join(', ')}); passed to the engine as is`,
    );
    model[key] = fields[key];
  }
  for (const [key, allowed] of Object.entries(ENUMS)) {
    const value = readEnum(issues, fields, key, path, allowed);
    if (value) model[key] = value;
  }
  for (const [key, engineKey] of Object.entries(DURATIONS)) {
    if (present(fields, key)) model[engineKey] = readDuration(issues, fields, key, path, 0);
  }
  // R20: each poller runs at most this many invocations at once (AWS: 5 for Kafka).
  if (present(fields, 'pollerConcurrency')) {
    model['pollerConcurrency'] = readInteger(issues, fields, 'pollerConcurrency', path, 5, {
      min: 1,
      max: 100,
    });
  }
  return model;
}

const present = (fields: Fields, key: string): boolean => fields[key] != null;
