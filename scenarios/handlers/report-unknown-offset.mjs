// Always reports a failure for an offset that is not in the event. AWS: an identifier that is not in the
// invoked event makes the whole batch a failure (R17), so this is never a partial success.
export async function handler(event) {
  const [partitionKey] = Object.keys(event.records);
  return { batchItemFailures: [{ itemIdentifier: { partition: partitionKey, offset: 999999 } }] };
}
