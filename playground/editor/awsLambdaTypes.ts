import handlerDts from '../../node_modules/@types/aws-lambda/handler.d.ts?raw';
import mskDts from '../../node_modules/@types/aws-lambda/trigger/msk.d.ts?raw';
import selfManagedDts from '../../node_modules/@types/aws-lambda/trigger/self-managed-kafka.d.ts?raw';

/**
 * Kafka's partial batch response (facts §3.4, R17). @types/aws-lambda has none for Kafka; AWS's shape
 * names the partition as `"<topic>-<partition>"`, unlike SQS's `itemIdentifier: string`.
 */
const KAFKA_BATCH_RESPONSE = `
  /** One record the handler could not process; the ESM retries from it (ReportBatchItemFailures). */
  export interface KafkaBatchItemFailure {
    itemIdentifier: { /** "<topic>-<partition>", e.g. "orders-0" */ partition: string; offset: number };
  }
  /** Return this with FunctionResponseTypes: [ReportBatchItemFailures] to retry only part of a batch. */
  export interface KafkaBatchResponse {
    batchItemFailures: KafkaBatchItemFailure[];
  }
  export type MSKBatchHandler = Handler<MSKEvent, KafkaBatchResponse | void>;
  export type SelfManagedKafkaBatchHandler = Handler<SelfManagedKafkaEvent, KafkaBatchResponse | void>;
`;

/** Handy without an import, as in AWS's own examples. */
const GLOBAL_ALIASES = [
  'MSKEvent',
  'MSKRecord',
  'SelfManagedKafkaEvent',
  'SelfManagedKafkaRecord',
  'Context',
  'KafkaBatchResponse',
  'KafkaBatchItemFailure',
]
  .map((name) => `type ${name} = import('aws-lambda').${name};`)
  .join('\n');

const withoutImports = (dts: string) => dts.replace(/^import .*$/gm, '');

/**
 * The `.d.ts` text Monaco gets as an extra lib: the Kafka event and handler types from
 * @types/aws-lambda (bundled at build time), wrapped as the `aws-lambda` module, plus the Kafka batch
 * response types and global aliases.
 */
export function awsLambdaTypes(): string {
  return [
    "declare module 'aws-lambda' {",
    '  type Writable = { write(chunk: unknown): boolean; end(): void };',
    withoutImports(handlerDts),
    withoutImports(mskDts),
    withoutImports(selfManagedDts),
    KAFKA_BATCH_RESPONSE,
    '}',
    GLOBAL_ALIASES,
  ].join('\n');
}
