import { describe, expect, it } from 'vitest';
import { buildKafkaEvent } from './buildKafkaEvent.ts';
import { PartitionLog } from '../kafka/PartitionLog.ts';
import type { KafkaMapping } from '../mapping/KafkaMapping.ts';

const segment = (value: string | null, key: string | null) => [
  { from: 0, count: 3, atMs: 1000, everyMs: 500, sizeBytes: 10, value, key, step: 0 },
];
const logs = [
  new PartitionLog(0, segment('{"type":"order"}', 'k1'), null),
  new PartitionLog(1, segment(null, null), null),
];
const msk = {
  source: 'msk',
  topic: 'orders',
  eventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/demo/abc',
  bootstrapServers: ['b-1.demo:9092', 'b-2.demo:9092'],
} as KafkaMapping;
const start = Date.parse('2026-01-01T00:00:00Z');

describe('buildKafkaEvent (facts §2.10)', () => {
  it('groups records by "topic-partition" in offset order with base64 key and value', () => {
    const event = buildKafkaEvent({ mapping: msk, startEpochMs: start, logs }, [
      { partition: 0, from: 1, to: 2 },
      { partition: 1, from: 0, to: 0 },
    ]);
    expect(Object.keys(event.records)).toEqual(['orders-0', 'orders-1']);
    expect(event).toMatchObject({
      eventSource: 'aws:kafka',
      eventSourceArn: msk.eventSourceArn,
      bootstrapServers: 'b-1.demo:9092,b-2.demo:9092',
    });
    const [first] = event.records['orders-0']!;
    expect(first).toEqual({
      topic: 'orders',
      partition: 0,
      offset: 1,
      timestamp: start + 1500,
      timestampType: 'CREATE_TIME',
      key: btoa('k1'),
      value: btoa('{"type":"order"}'),
      headers: [],
    });
    expect(JSON.parse(atob(event.records['orders-1']![0]!.value))).toEqual({
      topic: 'orders',
      partition: 1,
      offset: 0,
    });
  });
  it('self-managed Kafka has its own eventSource and no ARN', () => {
    const event = buildKafkaEvent(
      { mapping: { ...msk, source: 'self-managed', eventSourceArn: null }, startEpochMs: start, logs },
      [{ partition: 0, from: 0, to: 0 }],
    );
    expect(event.eventSource).toBe('SelfManagedKafka');
    expect('eventSourceArn' in event).toBe(false);
  });
  it('encodes UTF-8 values', () => {
    const utf = [new PartitionLog(0, segment('café ☕', null), null)];
    const event = buildKafkaEvent({ mapping: msk, startEpochMs: start, logs: utf }, [
      { partition: 0, from: 0, to: 0 },
    ]);
    const bytes = Uint8Array.from(atob(event.records['orders-0']![0]!.value), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe('café ☕');
  });
});
