import { indexPath, joinPath, reportError, type Issues } from './Issues.ts';
import { checkPartition } from './readPartitionKey.ts';
import { readEnum, readInteger, readObject } from './readFields.ts';
import { parseOffsetSet } from './parseOffsetSet.ts';
import { show } from './Parsed.ts';
import type { OutcomeRule, ScriptedResult } from './Scenario.ts';

const RULE_KEYS = ['partition', 'offset', 'result', 'times'] as const;
const RESULTS: readonly ScriptedResult[] = ['error', 'timeout', 'partial'];

/**
 * `function.outcomes:` scripted results. `offset` is a number or one range `"5-9"`; leaving it out
 * matches every offset of the partition (an extension: "every invocation fails").
 */
export function readOutcomes(
  issues: Issues,
  list: unknown[],
  path: string,
  partitions: number,
): OutcomeRule[] {
  const rules: OutcomeRule[] = [];
  list.forEach((raw, index) => {
    const rulePath = indexPath(path, index);
    const fields = readObject(issues, raw, rulePath, RULE_KEYS);
    if (!fields) return;
    const partition = readInteger(issues, fields, 'partition', rulePath, 0, { min: 0 });
    checkPartition(issues, partition, joinPath(rulePath, 'partition'), partitions);
    const range = readOffsetRange(issues, fields['offset'], joinPath(rulePath, 'offset'));
    const result = readEnum(issues, fields, 'result', rulePath, RESULTS);
    if (fields['result'] == null)
      reportError(issues, joinPath(rulePath, 'result'), `required: one of ${RESULTS.join(', ')}`);
    const times = readInteger(issues, fields, 'times', rulePath, null, { min: 1 });
    if (range && result) rules.push({ partition, from: range.from, to: range.to, result, times });
  });
  return rules;
}

function readOffsetRange(issues: Issues, value: unknown, path: string): { from: number; to: number } | null {
  if (value == null) return { from: 0, to: Number.MAX_SAFE_INTEGER };
  const set = parseOffsetSet(value);
  if (!set.ok || set.value.length !== 1) {
    reportError(issues, path, `expected an offset such as 5 or a range such as "5-9", got ${show(value)}`);
    return null;
  }
  return set.value[0] ?? null;
}
