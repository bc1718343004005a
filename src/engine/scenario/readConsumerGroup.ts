import { joinPath, reportError, type Issues } from './Issues.ts';
import { checkInteger, isPlainObject, readObject, readString } from './readFields.ts';
import { readPartitionKey } from './readPartitionKey.ts';
import { show } from './Parsed.ts';
import type { Scenario } from './Scenario.ts';

const GROUP_KEYS = ['id', 'offsets'] as const;

/** `consumerGroup:`, a group that exists before the mapping is created (scenario spec §3, R6). */
export function readConsumerGroup(
  issues: Issues,
  raw: unknown,
  path: string,
  partitions: number,
): Scenario['consumerGroup'] {
  if (raw == null) return null;
  const fields = readObject(issues, raw, path, GROUP_KEYS);
  if (!fields) return null;
  const id = readString(issues, fields, 'id', path, null);
  // ConsumerGroupId is 1–200 characters (R3), so a group the mapping can name is too.
  if (id === null) reportError(issues, joinPath(path, 'id'), 'required: the consumer group id');
  else if (id.length < 1 || id.length > 200)
    reportError(issues, joinPath(path, 'id'), `must be 1–200 characters, got ${id.length}`);
  const offsets: Record<number, number> = {};
  const rawOffsets = fields['offsets'];
  const offsetsPath = joinPath(path, 'offsets');
  if (rawOffsets != null && !isPlainObject(rawOffsets)) {
    reportError(
      issues,
      offsetsPath,
      `expected committed offsets per partition, such as { 0: 4 }, got ${show(rawOffsets)}`,
    );
  } else if (rawOffsets != null) {
    for (const [key, value] of Object.entries(rawOffsets)) {
      const partition = readPartitionKey(issues, key, joinPath(offsetsPath, key), partitions);
      const offset = checkInteger(issues, value, joinPath(offsetsPath, key), { min: 0 });
      if (partition !== null && offset !== null) offsets[partition] = offset;
    }
  }
  return { id: id ?? '', offsets };
}
