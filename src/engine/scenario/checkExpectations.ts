/**
 * Checks a run's result document against the file's `expect` (scenario spec §5): one readable line per
 * failed assertion, `[]` when everything held.
 */
import {
  formatOffsetSet,
  intersectOffsetSets,
  normalizeOffsetSet,
  offsetSetsEqual,
  subtractOffsetSets,
  type OffsetInterval,
  type OffsetSet,
} from './OffsetSet.ts';
import { parseOffsetSet } from './parseOffsetSet.ts';
import type { Expectations } from './Scenario.ts';

interface RecordId {
  partition: number;
  offset: number;
}

/** The parts of the result document (spec §4) that `expect` reads. */
export interface ExpectationSubject {
  errors: readonly { path: string; message: string }[];
  invocations?: readonly { records: readonly RecordId[] }[];
  discarded?: readonly RecordId[];
  final?: { committed: Readonly<Record<string, number | null>> };
  counts?: { invocations: number };
}

/** @example checkExpectations(result, { committed: { 0: 10 } }) // ['expect.committed.0: expected 10, got null'] */
export function checkExpectations(result: ExpectationSubject, expect: Expectations): string[] {
  if (expect.errors) return checkRejection(result, expect.errors);
  if (result.errors.length > 0)
    return [`the scenario is invalid (${result.errors.length} errors), so nothing could be checked`];
  return [
    ...checkCommitted(result, expect.committed),
    ...checkSets(result, expect),
    ...checkInvocationCount(result, expect.invocations),
  ];
}

/** The exception of spec §1/§5: the file must be rejected, each needle in some error's path or message. */
function checkRejection(result: ExpectationSubject, needles: readonly string[]): string[] {
  if (result.errors.length === 0) {
    return [
      `expect.errors: expected the scenario to be rejected (errors mentioning ${needles.map((n) => `"${n}"`).join(', ')}), but it is valid`,
    ];
  }
  return needles
    .filter(
      (needle) =>
        !result.errors.some(({ path, message }) => path.includes(needle) || message.includes(needle)),
    )
    .map(
      (needle) =>
        `expect.errors: no error mentions "${needle}" (errors at: ${result.errors.map((e) => e.path || '(file)').join(', ')})`,
    );
}

function checkCommitted(result: ExpectationSubject, committed: Expectations['committed']): string[] {
  if (!committed) return [];
  return Object.entries(committed).flatMap(([partition, expected]) => {
    const actual = result.final?.committed[partition];
    if (actual === undefined)
      return [`expect.committed.${partition}: the result has no committed offset for partition ${partition}`];
    return actual === expected
      ? []
      : [`expect.committed.${partition}: expected ${String(expected)}, got ${String(actual)}`];
  });
}

function checkSets(result: ExpectationSubject, expect: Expectations): string[] {
  const lines: string[] = [];
  const wantsDelivered = expect.delivered !== undefined || expect.notDelivered !== undefined;
  if (wantsDelivered && !result.invocations)
    lines.push('expect.delivered: the result has no invocations to check (it is a summary)');
  if (expect.discarded && !result.discarded)
    lines.push('expect.discarded: the result has no discarded list to check (it is a summary)');
  const delivered = result.invocations ? offsetsByPartition(recordsOf(result.invocations)) : new Map();
  const discarded = result.discarded ? offsetsByPartition(result.discarded) : new Map();
  if (result.invocations) {
    lines.push(...exactly('delivered', expect.delivered, delivered));
    for (const [partition, text] of Object.entries(expect.notDelivered ?? {})) {
      const overlap = intersectOffsetSets(expected(text), delivered.get(partition) ?? []);
      if (overlap.length > 0) {
        lines.push(
          `expect.notDelivered.${partition}: expected "${text}" never delivered, but ${formatOffsetSet(overlap)} were`,
        );
      }
    }
  }
  if (result.discarded) lines.push(...exactly('discarded', expect.discarded, discarded));
  return lines;
}

function exactly(
  what: string,
  sets: Record<string, string> | undefined,
  actual: Map<string, OffsetSet>,
): string[] {
  return Object.entries(sets ?? {}).flatMap(([partition, text]) => {
    const want = expected(text);
    const got = actual.get(partition) ?? [];
    if (offsetSetsEqual(want, got)) return [];
    const missing = formatOffsetSet(subtractOffsetSets(want, got));
    const extra = formatOffsetSet(subtractOffsetSets(got, want));
    const detail = [missing && `missing ${missing}`, extra && `unexpected ${extra}`]
      .filter(Boolean)
      .join(', ');
    return [
      `expect.${what}.${partition}: expected exactly "${text}" ${what}, got "${formatOffsetSet(got)}" (${detail})`,
    ];
  });
}

function checkInvocationCount(result: ExpectationSubject, bounds: Expectations['invocations']): string[] {
  if (!bounds) return [];
  const count = result.counts?.invocations ?? result.invocations?.length;
  if (count === undefined) return ['expect.invocations: the result has no invocation count'];
  if (bounds.min !== undefined && count < bounds.min)
    return [`expect.invocations: expected at least ${bounds.min}, got ${count}`];
  if (bounds.max !== undefined && count > bounds.max)
    return [`expect.invocations: expected at most ${bounds.max}, got ${count}`];
  return [];
}

/** Offsets per partition as range sets; consecutive offsets extend one range, so memory follows the runs. */
function offsetsByPartition(records: Iterable<RecordId>): Map<string, OffsetSet> {
  const ranges = new Map<string, OffsetInterval[]>();
  for (const { partition, offset } of records) {
    const key = String(partition);
    const list = ranges.get(key) ?? [];
    if (list.length === 0) ranges.set(key, list);
    const last = list.at(-1);
    if (last && offset === last.to + 1) last.to = offset;
    else list.push({ from: offset, to: offset });
  }
  return new Map([...ranges].map(([key, list]) => [key, normalizeOffsetSet(list)]));
}

function* recordsOf(invocations: NonNullable<ExpectationSubject['invocations']>): Iterable<RecordId> {
  for (const invocation of invocations) yield* invocation.records;
}

/** `expect` sets were checked when the file was loaded; a bad one here is an empty set. */
function expected(text: string): OffsetSet {
  const set = parseOffsetSet(text);
  return set.ok ? set.value : [];
}
