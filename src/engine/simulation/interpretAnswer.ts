import type { HandlerAnswer } from '../handlerPort.ts';
import type { KafkaMapping } from '../mapping/KafkaMapping.ts';
import type { InvocationOutcome, RuleId } from '../trace.ts';
import type { ScriptedVerdict } from '../outcomes/ScriptedOutcomes.ts';
import type { Work } from './Work.ts';
import { workRanges } from './Work.ts';
import { rangesContain } from './offsetRanges.ts';

export interface Verdict {
  outcome: InvocationOutcome;
  /** honoured batchItemFailures (R17) */
  failures: { partition: number; offset: number }[];
  message?: string;
  /** a partial response naming records not in the event: the whole batch failed (R17) */
  invalidResponse: boolean;
  rule: RuleId;
}

/**
 * What an answer means for the ESM (facts §10, §3.4): a throw or timeout is a function error (R13);
 * any return is success (R12) unless ReportBatchItemFailures is on and the response lists failures
 * (R17). A listed record that is not in the event makes the whole batch fail.
 */
export function interpretAnswer(
  answer: HandlerAnswer,
  work: Work,
  mapping: KafkaMapping,
  timeoutMs: number,
): Verdict {
  if (answer.kind === 'timeout')
    return {
      outcome: 'timeout',
      failures: [],
      message: `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
      invalidResponse: false,
      rule: 'R13',
    };
  if (answer.kind === 'error')
    return { outcome: 'error', failures: [], message: answer.message, invalidResponse: false, rule: 'R13' };
  if (!mapping.reportBatchItemFailures) return success();
  const value = answer.value;
  if (value === null || value === undefined || typeof value !== 'object') return success();
  const list = (value as Record<string, unknown>)['batchItemFailures'];
  if (list === null || list === undefined || (Array.isArray(list) && list.length === 0)) return success();
  if (!Array.isArray(list)) return invalid('batchItemFailures is not a list');
  const ranges = workRanges(work);
  const failures: { partition: number; offset: number }[] = [];
  for (const item of list) {
    const id = (item as { itemIdentifier?: unknown } | null)?.itemIdentifier as
      { partition?: unknown; offset?: unknown } | undefined;
    const key = id?.partition;
    const offset = typeof id?.offset === 'string' ? Number(id.offset) : id?.offset;
    const prefix = `${mapping.topic}-`;
    const partition =
      typeof key === 'string' && key.startsWith(prefix) ? Number(key.slice(prefix.length)) : NaN;
    if (
      typeof offset !== 'number' ||
      !Number.isInteger(partition) ||
      !rangesContain(ranges, partition, offset)
    )
      return invalid(`batchItemFailures names ${JSON.stringify(id ?? item)}, which is not in the event`);
    if (!failures.some((f) => f.partition === partition && f.offset === offset))
      failures.push({ partition, offset });
  }
  failures.sort((a, b) => a.partition - b.partition || a.offset - b.offset);
  return { outcome: 'partial', failures, invalidResponse: false, rule: 'R17' };
}

function success(): Verdict {
  return { outcome: 'success', failures: [], invalidResponse: false, rule: 'R12' };
}

function invalid(why: string): Verdict {
  return {
    outcome: 'error',
    failures: [],
    message: `${why}: the whole batch counts as failed (R17)`,
    invalidResponse: true,
    rule: 'R17',
  };
}

/** The scripted function's answer (spec §3 `outcomes`). */
export function scriptedAnswer(verdict: ScriptedVerdict, topic: string): HandlerAnswer {
  switch (verdict.kind) {
    case 'timeout':
      return { kind: 'timeout' };
    case 'error': {
      const c = verdict.culprit!;
      return { kind: 'error', message: `scripted error: record ${topic}-${c.partition} offset ${c.offset}` };
    }
    case 'partial':
      return {
        kind: 'return',
        value: {
          batchItemFailures: verdict.failures.map((f) => ({
            itemIdentifier: { partition: `${topic}-${f.partition}`, offset: f.offset },
          })),
        },
      };
    case 'none':
      return { kind: 'return', value: null };
  }
}
