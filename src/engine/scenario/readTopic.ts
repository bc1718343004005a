import { joinPath, reportError, type Issues } from './Issues.ts';
import { readDuration, readInteger, readObject, readString } from './readFields.ts';
import type { Scenario } from './Scenario.ts';

const TOPIC_KEYS = ['name', 'partitions', 'retention', 'offsetsRetention'] as const;
/** Kafka's legal topic names: 1–249 of `[a-zA-Z0-9._-]`, not `.` or `..`. */
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;
const WEEK_MS = 7 * 86_400_000;
/** A generous cap that keeps per-partition state small; real topics rarely exceed a few thousand. */
export const MAX_PARTITIONS = 10_000;

/** `topic:` with its defaults (scenario spec §3): orders, 1 partition, 7d retention, 7d offsets retention. */
export function readTopic(issues: Issues, raw: unknown, path: string): Scenario['topic'] {
  const fields = raw == null ? {} : (readObject(issues, raw, path, TOPIC_KEYS) ?? {});
  const name = readString(issues, fields, 'name', path, 'orders') ?? 'orders';
  if (!TOPIC_NAME.test(name) || name === '.' || name === '..') {
    reportError(
      issues,
      joinPath(path, 'name'),
      `"${name}" is not a Kafka topic name (1–249 of a-z A-Z 0-9 . _ -)`,
    );
  }
  return {
    name,
    partitions: readInteger(issues, fields, 'partitions', path, 1, { min: 1, max: MAX_PARTITIONS }),
    retentionMs: readDuration(issues, fields, 'retention', path, WEEK_MS, true),
    offsetsRetentionMs: readDuration(issues, fields, 'offsetsRetention', path, WEEK_MS),
  };
}
