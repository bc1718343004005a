import { joinPath, type Issues } from './Issues.ts';
import { readDuration, readEnum, readObject } from './readFields.ts';
import type { ModelOptions } from './Scenario.ts';

/** The modelling choices the file may name (scenario spec §3 `model:`; facts sheet Q1, Q5, §4). */
const MODEL_KEYS = ['partialBatch', 'invalidOffsetReset', 'startupDelay', 'updateDelay'] as const;

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
    if (!(MODEL_KEYS as readonly string[]).includes(key)) {
      issues.warnings.push(
        `${joinPath(path, key)}: not a model choice this loader knows (${MODEL_KEYS.join(', ')}); passed to the engine as is`,
      );
      model[key] = fields[key];
    }
  }
  const partialBatch = readEnum(issues, fields, 'partialBatch', path, [
    'retry-from-lowest',
    'retry-listed-only',
  ] as const);
  if (partialBatch) model.partialBatch = partialBatch;
  const invalidOffsetReset = readEnum(issues, fields, 'invalidOffsetReset', path, [
    'starting-position',
    'log-start',
  ] as const);
  if (invalidOffsetReset) model.invalidOffsetReset = invalidOffsetReset;
  if (fields['startupDelay'] != null)
    model.startupDelayMs = readDuration(issues, fields, 'startupDelay', path, 0);
  if (fields['updateDelay'] != null)
    model.updateDelayMs = readDuration(issues, fields, 'updateDelay', path, 0);
  return model;
}
