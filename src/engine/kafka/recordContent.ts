import type { PartitionLog } from './PartitionLog.ts';

/**
 * The value and key of one record. A produce step without `value`/`key` gets generated JSON that names
 * the record, so a handler can tell records apart (spec §3).
 */
export function recordValue(log: PartitionLog, topic: string, offset: number): string {
  const s = log.segmentOf(offset);
  return s.value ?? JSON.stringify({ topic, partition: log.partition, offset });
}

export function recordKey(log: PartitionLog, topic: string, offset: number): string {
  const s = log.segmentOf(offset);
  return s.key ?? `${topic}-${log.partition}-${offset}`;
}
