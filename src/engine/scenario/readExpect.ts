import { joinPath, reportError, indexPath, type Issues } from './Issues.ts';
import { checkInteger, isPlainObject, readObject } from './readFields.ts';
import { readPartitionKey } from './readPartitionKey.ts';
import { parseOffsetSet } from './parseOffsetSet.ts';
import { show } from './Parsed.ts';
import type { Expectations } from './Scenario.ts';

const EXPECT_KEYS = ['committed', 'delivered', 'notDelivered', 'discarded', 'invocations', 'errors'] as const;
const SET_KEYS = ['delivered', 'notDelivered', 'discarded'] as const;

/** `expect:` assertions (scenario spec §5), checked for shape now and against the result after the run. */
export function readExpect(
  issues: Issues,
  raw: unknown,
  path: string,
  partitions: number,
): Expectations | null {
  if (raw == null) return null;
  const fields = readObject(issues, raw, path, EXPECT_KEYS);
  if (!fields) return null;
  const expect: Expectations = {};
  const committed = readPerPartition(
    issues,
    fields['committed'],
    joinPath(path, 'committed'),
    partitions,
    (value, at) => (value === null ? null : checkInteger(issues, value, at, { min: 0 })),
  );
  if (committed) expect.committed = committed;
  for (const key of SET_KEYS) {
    const sets = readPerPartition(issues, fields[key], joinPath(path, key), partitions, (value, at) => {
      const set = parseOffsetSet(value);
      if (set.ok) return typeof value === 'number' ? String(value) : (value as string);
      reportError(issues, at, set.message);
      return undefined;
    });
    if (sets) expect[key] = sets as Record<string, string>;
  }
  const invocations = readInvocationBounds(issues, fields['invocations'], joinPath(path, 'invocations'));
  if (invocations) expect.invocations = invocations;
  const errors = readErrorNeedles(issues, fields['errors'], joinPath(path, 'errors'));
  if (errors) expect.errors = errors;
  return expect;
}

type ReadValue<T> = (value: unknown, path: string) => T | undefined;

function readPerPartition<T>(
  issues: Issues,
  raw: unknown,
  path: string,
  partitions: number,
  read: ReadValue<T>,
): Record<string, T> | null {
  if (raw == null) return null;
  if (!isPlainObject(raw)) {
    reportError(issues, path, `expected a value per partition, such as { 0: … }, got ${show(raw)}`);
    return null;
  }
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(raw)) {
    const at = joinPath(path, key);
    const partition = readPartitionKey(issues, key, at, partitions);
    if (value === undefined) continue;
    const parsedValue = read(value, at);
    if (partition !== null && parsedValue !== undefined) out[String(partition)] = parsedValue;
  }
  return out;
}

function readInvocationBounds(
  issues: Issues,
  raw: unknown,
  path: string,
): Expectations['invocations'] | null {
  if (raw == null) return null;
  const fields = readObject(issues, raw, path, ['min', 'max']);
  if (!fields) return null;
  const bounds: NonNullable<Expectations['invocations']> = {};
  if (fields['min'] != null)
    bounds.min = checkInteger(issues, fields['min'], joinPath(path, 'min'), { min: 0 }) ?? 0;
  if (fields['max'] != null)
    bounds.max = checkInteger(issues, fields['max'], joinPath(path, 'max'), { min: 0 }) ?? 0;
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    reportError(issues, path, `min ${bounds.min} is greater than max ${bounds.max}`);
  }
  return bounds;
}

function readErrorNeedles(issues: Issues, raw: unknown, path: string): string[] | null {
  if (raw == null) return null;
  if (!Array.isArray(raw)) {
    reportError(issues, path, `expected a list of strings that must appear in the errors, got ${show(raw)}`);
    return null;
  }
  const needles: string[] = [];
  raw.forEach((needle, index) => {
    if (typeof needle === 'string' && needle !== '') needles.push(needle);
    else reportError(issues, indexPath(path, index), `expected a non-empty string, got ${show(needle)}`);
  });
  return needles;
}
