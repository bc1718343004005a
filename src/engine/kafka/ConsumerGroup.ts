import type { Timer } from '../clock/VirtualClock.ts';

/**
 * A Kafka consumer group as the ESM sees it: committed offsets per partition (the next offset to read,
 * facts §2.4), and whether it has members. Offsets of a group that stays empty for
 * `offsets.retention.minutes` are deleted (R7); `expiry` is that scheduled deletion.
 */
export interface ConsumerGroup {
  id: string;
  offsets: Map<number, number>;
  /** partitions whose offsets were committed before this run's mapping used the group */
  inherited: Set<number>;
  members: number;
  emptySince: number | null;
  expiry: Timer | null;
}

export function newConsumerGroup(id: string): ConsumerGroup {
  return { id, offsets: new Map(), inherited: new Set(), members: 0, emptySince: null, expiry: null };
}
