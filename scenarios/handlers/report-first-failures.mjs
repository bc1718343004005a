// Reports records whose value says {"fail": true} as batch item failures, but only on their first
// delivery (module-level memory, warm environment), in AWS's documented shape (R17):
// {"batchItemFailures":[{"itemIdentifier":{"partition":"<topic>-<p>","offset":n}}]}
const reported = new Set();

export async function handler(event) {
  const batchItemFailures = [];
  for (const [partitionKey, records] of Object.entries(event.records)) {
    for (const record of records) {
      const value = JSON.parse(Buffer.from(record.value, 'base64').toString('utf8'));
      const id = `${partitionKey}@${record.offset}`;
      if (value.fail === true && !reported.has(id)) {
        reported.add(id);
        batchItemFailures.push({ itemIdentifier: { partition: partitionKey, offset: record.offset } });
      }
    }
  }
  return { batchItemFailures };
}
