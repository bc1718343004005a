import { indexPath, joinPath, reportError, type Issues } from './Issues.ts';
import { checkPartition } from './readPartitionKey.ts';
import { checkInteger, readDuration, readInteger, readObject, readSize, type Fields } from './readFields.ts';
import { show } from './Parsed.ts';
import type { ProduceStep } from './Scenario.ts';

const STEP_KEYS = ['partition', 'count', 'at', 'every', 'size', 'value', 'key'] as const;

/** `produce:` steps in file order; `count` is required, the rest default (scenario spec §3). */
export function readProduce(
  issues: Issues,
  list: unknown[],
  path: string,
  partitions: number,
): ProduceStep[] {
  const steps: ProduceStep[] = [];
  list.forEach((raw, index) => {
    const stepPath = indexPath(path, index);
    const fields = readObject(issues, raw, stepPath, STEP_KEYS);
    if (!fields) return;
    const partition = readInteger(issues, fields, 'partition', stepPath, 0, { min: 0 });
    checkPartition(issues, partition, joinPath(stepPath, 'partition'), partitions);
    const count =
      fields['count'] == null
        ? null
        : checkInteger(issues, fields['count'], joinPath(stepPath, 'count'), { min: 1 });
    if (fields['count'] == null)
      reportError(
        issues,
        joinPath(stepPath, 'count'),
        'required: how many records this step produces (1 or more)',
      );
    steps.push({
      partition,
      count: count ?? 1,
      atMs: readDuration(issues, fields, 'at', stepPath, 0),
      everyMs: readDuration(issues, fields, 'every', stepPath, 0),
      sizeBytes: readSize(issues, fields, 'size', stepPath, 1024),
      value: readPayload(issues, fields, 'value', stepPath),
      key: readPayload(issues, fields, 'key', stepPath),
    });
  });
  return steps;
}

/** A record value or key: a string as written, anything else serialised as JSON; absent = generated. */
function readPayload(issues: Issues, fields: Fields, name: string, path: string): string | null {
  const value = fields[name];
  if (value == null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    reportError(issues, joinPath(path, name), `expected a string or a JSON value, got ${show(value)}`);
    return null;
  }
  return JSON.stringify(value);
}
