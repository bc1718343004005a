import { reportError, type Issues } from './Issues.ts';

/**
 * A partition written as a map key (`offsets: { 0: 4 }`; YAML and JSON give the key as the string
 * "0"): a whole number below the topic's partition count, or null after reporting.
 */
export function readPartitionKey(
  issues: Issues,
  key: string,
  path: string,
  partitions: number,
): number | null {
  if (!/^\d+$/.test(key)) {
    reportError(issues, path, `"${key}" is not a partition number`);
    return null;
  }
  return checkPartition(issues, Number(key), path, partitions);
}

/** A partition the topic has (0 … partitions − 1). */
export function checkPartition(
  issues: Issues,
  partition: number,
  path: string,
  partitions: number,
): number | null {
  if (partition >= partitions) {
    const range = partitions === 1 ? 'only partition 0' : `partitions 0–${partitions - 1}`;
    reportError(issues, path, `partition ${partition} does not exist: the topic has ${range}`);
    return null;
  }
  return partition;
}
