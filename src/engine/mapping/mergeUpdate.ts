/**
 * UpdateEventSourceMapping semantics on plain requests: each member given replaces the previous one,
 * except the Kafka source configs, whose members are merged one level deep (an update that sets a
 * SchemaRegistryConfig keeps the ConsumerGroupId). Members left out keep their value, so a
 * MaximumBatchingWindowInSeconds once set never returns to the 500 ms default (R1).
 */
const MERGED_ONE_LEVEL = new Set([
  'AmazonManagedKafkaEventSourceConfig',
  'SelfManagedKafkaEventSourceConfig',
]);

export function mergeUpdate(
  previous: Record<string, unknown>,
  update: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = structuredClone(previous);
  for (const [key, value] of Object.entries(update)) {
    const before = merged[key];
    merged[key] =
      MERGED_ONE_LEVEL.has(key) && isRecord(before) && isRecord(value)
        ? { ...before, ...structuredClone(value) }
        : structuredClone(value);
  }
  return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
