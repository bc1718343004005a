/**
 * Example handlers for the playground's Handler menu: good patterns, failure modes and the two bugs
 * people most often ship (facts §8: `records` is an object keyed by "topic-partition", and the Kafka
 * `itemIdentifier` is `{ partition: "topic-p", offset }`). Values are base64: `atob` decodes them here
 * and in Node 16+ (`Buffer.from(v, 'base64')` in Lambda).
 */
export interface HandlerPreset {
  id: string;
  label: string;
  source: string;
}

const idempotent = `// Idempotent: remembers what it has processed (module state survives while the
// execution environment is warm), so redelivered records are skipped, not redone.
const seen = new Set<string>();

export const handler = async (event: MSKEvent): Promise<void> => {
  for (const [topicPartition, records] of Object.entries(event.records)) {
    for (const record of records) {
      const id = \`\${topicPartition}@\${record.offset}\`;
      if (seen.has(id)) {
        console.log('duplicate, skipped', id);
        continue;
      }
      seen.add(id);
      console.log('processed', id, atob(record.value));
    }
  }
};
`;

const poisonPill = `// Poison pill: throws on offset 5. Without ReportBatchItemFailures, retries or a
// destination, the whole batch is retried forever and the partition stops moving.
export const handler = async (event: MSKEvent): Promise<void> => {
  for (const records of Object.values(event.records)) {
    for (const record of records) {
      if (record.offset === 5) {
        throw new Error(\`cannot parse record \${record.partition}/\${record.offset}\`);
      }
      console.log('ok', record.partition, record.offset);
    }
  }
};
`;

const partialBatch = `// Partial batch response: reports the records it could not process, so the ESM
// retries from the first failure instead of the whole batch (needs
// FunctionResponseTypes: [ReportBatchItemFailures] on the mapping).
// Offset 5 fails once per partition, then succeeds on the retry.
const retried = new Set<string>();

export const handler = async (event: MSKEvent): Promise<KafkaBatchResponse> => {
  const batchItemFailures: KafkaBatchItemFailure[] = [];
  for (const [topicPartition, records] of Object.entries(event.records)) {
    for (const record of records) {
      if (record.offset === 5 && !retried.has(topicPartition)) {
        retried.add(topicPartition);
        batchItemFailures.push({ itemIdentifier: { partition: topicPartition, offset: record.offset } });
        continue;
      }
      console.log('ok', topicPartition, record.offset);
    }
  }
  return { batchItemFailures };
};
`;

const slow = `// Slow handler: waits 5 s per batch, longer than the function timeout (3 s), so
// every invocation times out. The wait is virtual: it costs no real time.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const handler = async (event: MSKEvent): Promise<void> => {
  const count = Object.values(event.records).flat().length;
  console.log('starting', count, 'records at', new Date().toISOString());
  await sleep(5000);
  console.log('done');
};
`;

const recordsAsArray = `// Bug: \`records\` is an object keyed by "topic-partition", not an array, so this
// throws "event.records is not iterable" on every batch.
export const handler = async (event: any): Promise<void> => {
  for (const record of event.records) {
    console.log(record.offset);
  }
};
`;

const wrongIdentifier = `// Bug: for Kafka, itemIdentifier is { partition: "topic-partition", offset }, not an
// offset (that is SQS's shape). AWS treats a malformed response as a failure of the
// whole batch.
export const handler = async (event: MSKEvent) => {
  const failed = Object.values(event.records)
    .flat()
    .filter((record) => record.offset === 5);
  return { batchItemFailures: failed.map((record) => ({ itemIdentifier: String(record.offset) })) };
};
`;

const endlessLoop = `// Runaway: never yields. The sandbox's real-time kill switch terminates it and the
// invocation counts as a timeout; the page stays responsive.
export const handler = async (event: MSKEvent): Promise<void> => {
  while (true) {}
};
`;

export const handlerPresets: readonly HandlerPreset[] = [
  { id: 'idempotent', label: 'Idempotent consumer', source: idempotent },
  { id: 'poison-pill', label: 'Poison pill (throws on offset 5)', source: poisonPill },
  { id: 'partial-batch', label: 'Partial batch reporter', source: partialBatch },
  { id: 'slow', label: 'Slow handler (times out)', source: slow },
  { id: 'records-array', label: 'Bug: records iterated as an array', source: recordsAsArray },
  { id: 'wrong-identifier', label: 'Bug: wrong itemIdentifier shape', source: wrongIdentifier },
  { id: 'endless-loop', label: 'Endless loop (killed)', source: endlessLoop },
];

export const defaultHandler = handlerPresets[0]!;
