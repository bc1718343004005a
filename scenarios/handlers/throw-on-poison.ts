// A TypeScript handler: decodes each record's base64 value and throws on a poison message.
interface KafkaRecord {
  topic: string;
  partition: number;
  offset: number;
  value: string;
}
interface KafkaEvent {
  records: Record<string, KafkaRecord[]>;
}

export const handler = async (event: KafkaEvent): Promise<void> => {
  for (const records of Object.values(event.records)) {
    for (const record of records) {
      const message = JSON.parse(Buffer.from(record.value, 'base64').toString('utf8')) as { type?: string };
      if (message.type === 'poison')
        throw new Error(`cannot process ${record.topic}-${record.partition}@${record.offset}`);
      console.log(`processed ${record.topic}-${record.partition}@${record.offset}`);
    }
  }
};
