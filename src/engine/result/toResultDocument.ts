import type { SimulationRun } from '../simulate.ts';
import type { TraceEventOf } from '../trace.ts';
import type {
  CommitEntry,
  DiscardEntry,
  InvocationEntry,
  RecordRef,
  ResultDocument,
} from './ResultDocument.ts';

export const ENGINE_VERSION = 'offset-lab-engine 1.0.0';

/**
 * Folds a run's trace into the result document of spec §4. With `summary`, the per-invocation,
 * per-commit and per-discard lists are left out and never materialised (long runs), while `final`
 * and `counts` stay. A run made with `detail: 'summary'` can only give a summary document.
 *
 * @example toResultDocument(simulateSync(loaded), { summary: true }).counts.invocations
 */
export function toResultDocument(run: SimulationRun, opts: { summary?: boolean } = {}): ResultDocument {
  const summary = opts.summary ?? false;
  if (!summary && run.detail === 'summary')
    throw new Error(
      "toResultDocument: this run kept a summary trace (detail: 'summary'); only a summary document can be made",
    );
  const head = { engine: ENGINE_VERSION, errors: [], warnings: [...run.warnings], model: { ...run.model } };
  if (summary) return { ...head, final: run.final, counts: { ...run.counts } };
  const started = new Map<number, TraceEventOf<'invocation.started'>>();
  const invocations: InvocationEntry[] = [];
  const commits: CommitEntry[] = [];
  const discarded: DiscardEntry[] = [];
  for (const e of run.trace) {
    switch (e.type) {
      case 'invocation.started':
        started.set(e.invocation, e);
        break;
      case 'invocation.ended': {
        const s = started.get(e.invocation);
        if (!s) break;
        started.delete(e.invocation);
        invocations.push({
          start: s.t,
          end: e.t,
          attempt: s.attempt,
          records: expand(s.ranges),
          outcome: e.outcome,
        });
        break;
      }
      case 'offsets.committed':
        commits.push({ at: e.t, partition: e.partition, offset: e.offset });
        break;
      case 'records.discarded':
        for (const r of e.ranges)
          for (let o = r.from; o <= r.to; o++)
            discarded.push({
              at: e.t,
              partition: r.partition,
              offset: o,
              reason: e.reason,
              destination: e.destination,
            });
        break;
      default:
        break;
    }
  }
  invocations.sort((a, b) => a.start - b.start);
  return { ...head, invocations, commits, discarded, final: run.final, counts: { ...run.counts } };
}

/** Records of ranges, in event order. */
function expand(ranges: readonly { partition: number; from: number; to: number }[]): RecordRef[] {
  const out: RecordRef[] = [];
  for (const r of ranges)
    for (let o = r.from; o <= r.to; o++) out.push({ partition: r.partition, offset: o });
  return out;
}
