/** Specification of UpdateEventSourceMapping (R5, R1 window, R23 merge semantics). */
import { describe, expect, it } from 'vitest';
import { applyUpdate, validateMapping } from './validateMapping.ts';
import type { KafkaMapping } from './KafkaMapping.ts';

const ctx = {
  path: 'actions[0].mapping',
  topicName: 'orders',
  functionTimeoutMs: 3000,
  startEpochMs: Date.UTC(2026, 0, 1),
};

function created(request: Record<string, unknown>): KafkaMapping {
  const { mapping, errors } = validateMapping(request, { ...ctx, path: 'mapping', operation: 'create' });
  if (!mapping) throw new Error(JSON.stringify(errors));
  return mapping;
}

const previous = created({
  StartingPosition: 'TRIM_HORIZON',
  BatchSize: 10,
  AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' },
  ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 2 },
});

function errorsOf(update: unknown) {
  return applyUpdate(previous, update, ctx).errors.map((e) => `${e.rule} ${e.path}: ${e.message}`);
}

describe('R5 create-only members', () => {
  it.each([
    ['StartingPosition', { StartingPosition: 'LATEST' }],
    ['StartingPositionTimestamp', { StartingPositionTimestamp: 1 }],
    ['Topics', { Topics: ['orders'] }],
    ['EventSourceArn', { EventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/c/u-1' }],
    ['Tags', { Tags: { a: 'b' } }],
  ])('R5: %s cannot be updated', (_name, update) => {
    expect(errorsOf(update)).toHaveLength(1);
  });

  it('R5: messages', () => {
    expect(errorsOf({ StartingPosition: 'LATEST', Topics: ['orders'] })).toMatchInlineSnapshot(`
      [
        "R5 actions[0].mapping.StartingPosition: StartingPosition cannot be changed after the mapping is created: UpdateEventSourceMapping does not accept it",
        "R5 actions[0].mapping.Topics: Topics cannot be changed after the mapping is created: UpdateEventSourceMapping does not accept it",
      ]
    `);
    expect(errorsOf({ AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'other' } }))
      .toMatchInlineSnapshot(`
      [
        "R5 actions[0].mapping.AmazonManagedKafkaEventSourceConfig.ConsumerGroupId: ConsumerGroupId cannot be updated: it was 'billing' at creation",
      ]
    `);
  });

  it('R5: repeating the same ConsumerGroupId is not a change', () => {
    expect(errorsOf({ AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' } })).toEqual([]);
  });

  it('R2: update members are checked like create members', () => {
    expect(errorsOf({ BatchSize: 0, ParallelizationFactor: 2 })).toMatchInlineSnapshot(`
      [
        "R3 actions[0].mapping.BatchSize: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
        "R2 actions[0].mapping.ParallelizationFactor: Unsupported 'parallelizationFactor' parameter for given event source mapping type.",
      ]
    `);
  });
});

describe('update semantics', () => {
  it('changes only the members given and keeps the rest', () => {
    const { mapping, errors } = applyUpdate(previous, { BatchSize: 50, Enabled: false }, ctx);
    expect(errors).toEqual([]);
    expect(mapping).toMatchObject({
      batchSize: 50,
      enabled: false,
      consumerGroupId: 'billing',
      startingPosition: 'TRIM_HORIZON',
    });
  });

  it('R1: a batching window once set never returns to 500 ms', () => {
    const withWindow = applyUpdate(previous, { MaximumBatchingWindowInSeconds: 0 }, ctx).mapping!;
    expect(withWindow.batchingWindowMs).toBe(0);
    expect(applyUpdate(withWindow, { BatchSize: 5 }, ctx).mapping?.batchingWindowMs).toBe(0);
  });

  it('merges Kafka source configs one level deep (schema registry keeps the group)', () => {
    const { mapping, errors } = applyUpdate(
      previous,
      {
        AmazonManagedKafkaEventSourceConfig: {
          SchemaRegistryConfig: { SchemaRegistryURI: 'arn:aws:glue:us-east-1:123456789012:registry/r' },
        },
      },
      ctx,
    );
    expect(errors).toEqual([]);
    expect(mapping?.consumerGroupId).toBe('billing');
  });

  it('R4: an empty ProvisionedPollerConfig returns to on-demand, which then rejects provisioned-only members', () => {
    const withRetries = applyUpdate(previous, { MaximumRetryAttempts: 3 }, ctx).mapping!;
    expect(withRetries.provisioned).not.toBeNull();
    expect(applyUpdate(withRetries, { ProvisionedPollerConfig: {} }, ctx).errors.map((e) => e.path)).toEqual([
      'actions[0].mapping.MaximumRetryAttempts',
    ]);
  });

  it('does not alter the previous mapping', () => {
    applyUpdate(previous, { BatchSize: 99 }, ctx);
    expect(previous.request['BatchSize']).toBe(10);
  });

  it('needs the previous mapping', () => {
    expect(validateMapping({}, { ...ctx, operation: 'update' }).errors).toMatchInlineSnapshot(`
      [
        {
          "message": "An update needs the mapping it updates",
          "path": "actions[0].mapping",
          "rule": "R5",
        },
      ]
    `);
  });
});
