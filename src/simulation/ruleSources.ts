/**
 * Where each simulator rule comes from: rule id → one-line summary and the AWS page behind it.
 * The ids and source pages are the facts sheet's (shared/reference/esm-kafka-facts.md §0 and
 * "Simulator rules"); `Q…` ids are open questions, where the engine follows a named model.
 */
import type { RuleId } from '../engine/trace.ts';

const DG = 'https://docs.aws.amazon.com/lambda/latest/dg/';

/** Source pages by the facts sheet's ids (§0). */
export const SOURCES = {
  'MSK-PARAMS': `${DG}msk-esm-parameters.html`,
  'MSK-CFG': `${DG}with-msk-configure.html`,
  'WITH-MSK': `${DG}with-msk.html`,
  RETRY: `${DG}kafka-retry-configurations.html`,
  ONFAIL: `${DG}kafka-on-failure.html`,
  SCALING: `${DG}kafka-scaling-modes.html`,
  ESM: `${DG}invocation-eventsourcemapping.html`,
  START: `${DG}kafka-starting-positions.html`,
  CGID: `${DG}kafka-consumer-group-id.html`,
  FILTER: `${DG}invocation-eventfiltering.html`,
  METRICS: `${DG}monitoring-metrics-types.html`,
  TROUBLE: `${DG}with-kafka-troubleshoot.html`,
  SR: `${DG}services-consume-kafka-events.html`,
  QUEUE: `${DG}polling-kafka-queue.html`,
  API: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
} as const;

export type SourceId = keyof typeof SOURCES;

export interface RuleSource {
  id: RuleId;
  /** what the rule says, in a few words */
  summary: string;
  source: SourceId;
  url: string;
  /** an open question: the engine follows a named model, not a documented behaviour */
  modelled: boolean;
}

const RULES: Record<string, [summary: string, source: SourceId]> = {
  R1: ['Kafka ESM defaults: BatchSize 100, 500 ms window, one topic', 'MSK-PARAMS'],
  R2: ['Members that do not apply to Kafka are rejected', 'MSK-PARAMS'],
  R3: ['Value ranges of the mapping members', 'MSK-PARAMS'],
  R4: ['Error-handling controls; infinite retries with a destination means 10', 'RETRY'],
  R5: ['ConsumerGroupId and StartingPosition are fixed after create', 'CGID'],
  R6: ['A valid committed offset wins; otherwise StartingPosition applies', 'START'],
  R7: ['Offsets of an empty group expire after offsets retention', 'START'],
  R8: ['A batch closes at BatchSize, at the window, or at 6 MB', 'ESM'],
  R9: ['One batch in flight per partition keeps order', 'MSK-CFG'],
  R10: ['Filtered-out records are never sent but are committed', 'FILTER'],
  R11: ['A record over 6 MB is skipped to the destination', 'ONFAIL'],
  R12: ['Success commits the last offset of the batch + 1', 'MSK-CFG'],
  R13: ['A failed batch is retried whole; nothing is committed', 'MSK-CFG'],
  R14: ['After MaximumRetryAttempts the records are discarded', 'RETRY'],
  R15: ['Records older than MaximumRecordAgeInSeconds are discarded', 'RETRY'],
  R16: ['BisectBatchOnFunctionError splits a failed batch in two', 'RETRY'],
  R17: ['A partial batch response commits before the first failure', 'RETRY'],
  R18: ['Delivery is at least once: duplicates happen', 'ESM'],
  R19: ['On-demand pollers scale with lag; each change rebalances', 'SCALING'],
  R20: ['Provisioned pollers between MinimumPollers and MaximumPollers', 'SCALING'],
  R21: ['Function timeout of at most 14 minutes', 'WITH-MSK'],
  R22: ['Disabling stops polling; committed offsets stay', 'API'],
  R23: ['An update stops and restarts polling', 'START'],
  R24: ['OffsetLag is the log end minus the committed offset', 'METRICS'],
  Q1: ['Which records a partial batch response retries', 'RETRY'],
  Q2: ['Retry limits in on-demand mode', 'RETRY'],
  Q3: ['Error controls on an on-demand mapping', 'RETRY'],
  Q4: ['When commits happen', 'MSK-CFG'],
  Q5: ['Where an invalid committed offset resets to', 'START'],
  Q6: ['Which timestamp record age is measured from', 'RETRY'],
  Q7: ['Destination condition strings', 'ONFAIL'],
  Q8: ['Oversized records without a destination', 'TROUBLE'],
  Q9: ['Bisect details for Kafka', 'RETRY'],
  Q10: ['Pollers and partitions in on-demand mode', 'SCALING'],
  Q11: ['New partitions', 'SCALING'],
  Q12: ['Disable or update while a batch is in flight', 'API'],
  Q13: ['When the batching window starts', 'ESM'],
  Q14: ['Schema registry failures', 'SR'],
  Q15: ['Metric group prerequisites', 'METRICS'],
  Q16: ['MaximumPollers upper bound', 'SCALING'],
  Q17: ['ConsumerGroupId pattern', 'CGID'],
  Q18: ['Queue mode', 'QUEUE'],
};

/**
 * The rule behind a trace event, with its AWS page; null for `spec` (the scenario file itself,
 * e.g. records produced) or an id the facts sheet does not define.
 * @example ruleSource('R12')?.url // 'https://docs.aws.amazon.com/lambda/latest/dg/with-msk-configure.html'
 */
export function ruleSource(id: RuleId): RuleSource | null {
  const entry = RULES[id];
  if (!entry) return null;
  const [summary, source] = entry;
  return { id, summary, source, url: SOURCES[source], modelled: id.startsWith('Q') };
}
