/**
 * Test helper: a scenario object (the file format, spec §3) through the project's loader and the
 * engine, returning the run and its result document. Throws on an invalid scenario so a test never
 * silently checks nothing.
 */
import { loadScenario } from '../scenario/loadScenario.ts';
import { simulateSync, type SimulationRun } from '../simulate.ts';
import { toResultDocument } from '../result/toResultDocument.ts';
import type { ResultDocument } from '../result/ResultDocument.ts';
import type { LoadedScenario } from '../scenario/Scenario.ts';

export interface ScenarioRun {
  run: SimulationRun;
  doc: ResultDocument;
  loaded: LoadedScenario;
}

export function loadValid(file: Record<string, unknown>): LoadedScenario {
  const loaded = loadScenario(file);
  if (loaded.errors.length > 0) throw new Error(`invalid test scenario: ${JSON.stringify(loaded.errors)}`);
  return loaded;
}

export function runScenario(file: Record<string, unknown>): ScenarioRun {
  const loaded = loadValid(file);
  const run = simulateSync(loaded);
  return { run, doc: toResultDocument(run), loaded };
}

/** Offsets of one partition as the compact `"0-4,7"` string the expect block uses. */
export function offsetSet(offsets: Iterable<number>): string {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

export function delivered(doc: ResultDocument, partition = 0): string {
  return offsetSet(
    (doc.invocations ?? []).flatMap((i) =>
      i.records.filter((r) => r.partition === partition).map((r) => r.offset),
    ),
  );
}

export function discarded(doc: ResultDocument, partition = 0): string {
  return offsetSet((doc.discarded ?? []).filter((d) => d.partition === partition).map((d) => d.offset));
}

/** One line per invocation: `start-end a<attempt> <outcome> p:from-to…`, for compact assertions. */
export function invocationLines(doc: ResultDocument): string[] {
  return (doc.invocations ?? []).map((i) => {
    const byPartition = new Map<number, number[]>();
    for (const r of i.records)
      byPartition.set(r.partition, [...(byPartition.get(r.partition) ?? []), r.offset]);
    const recs = [...byPartition].map(([p, os]) => `${p}:${offsetSet(os)}`).join(' ');
    return `${i.start}-${i.end} a${i.attempt} ${i.outcome} ${recs}`;
  });
}
