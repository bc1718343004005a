import type { KafkaMapping } from '../mapping/KafkaMapping.ts';
import type { OffsetRange } from '../trace.ts';
import type { PartitionLog } from '../kafka/PartitionLog.ts';
import { recordKey, recordValue } from '../kafka/recordContent.ts';
import type { KafkaEvent, KafkaEventRecord } from './KafkaEvent.ts';

export interface KafkaEventSource {
  mapping: KafkaMapping;
  /** wall-clock ms of virtual time 0 (spec §3 `start`) */
  startEpochMs: number;
  logs: PartitionLog[];
}

/**
 * Materialises the real Kafka ESM event for the records in `ranges` (facts §2.10). Only a HandlerPort
 * that runs code needs it; the scripted outcomes never build one, so large runs stay cheap.
 *
 * @example buildKafkaEvent(source, [{ partition: 0, from: 5, to: 9 }]).records['orders-0'].length // 5
 */
export function buildKafkaEvent(source: KafkaEventSource, ranges: OffsetRange[]): KafkaEvent {
  const { mapping } = source;
  const records: Record<string, KafkaEventRecord[]> = {};
  for (const range of ranges) {
    const log = source.logs[range.partition]!;
    const list = (records[`${mapping.topic}-${range.partition}`] ??= []);
    for (let offset = range.from; offset <= range.to; offset++) {
      list.push({
        topic: mapping.topic,
        partition: range.partition,
        offset,
        timestamp: source.startEpochMs + log.timeOf(offset),
        timestampType: 'CREATE_TIME',
        key: base64(recordKey(log, mapping.topic, offset)),
        value: base64(recordValue(log, mapping.topic, offset)),
        headers: [],
      });
    }
  }
  const event: KafkaEvent = {
    eventSource: mapping.source === 'msk' ? 'aws:kafka' : 'SelfManagedKafka',
    bootstrapServers: mapping.bootstrapServers.join(','),
    records,
  };
  if (mapping.eventSourceArn) event.eventSourceArn = mapping.eventSourceArn;
  return event;
}

/** UTF-8 → base64 without Node's Buffer, so the engine runs in the browser too. */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
