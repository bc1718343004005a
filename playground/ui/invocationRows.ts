import type { InvocationOutcome, OffsetRange, TraceEvent } from '../../src/engine/index.ts';
import type { InvocationLog } from '../run/SandboxHandlerPort.ts';

export interface InvocationRow {
  invocation: number;
  attempt: number;
  t: number;
  ranges: OffsetRange[];
  outcome: InvocationOutcome | 'running';
  /** the sandbox's kill, when the timeout was the real-time kill switch */
  killed: boolean;
  message: string | null;
  logs: string[];
  line: number | null;
}

/** Joins the trace's invocations with the sandbox's own account of each (logs, error line, kills). */
export function invocationRows(trace: readonly TraceEvent[], log: readonly InvocationLog[]): InvocationRow[] {
  const byNumber = new Map(log.map((l) => [l.invocation, l]));
  const rows = new Map<number, InvocationRow>();
  for (const e of trace) {
    if (e.type === 'invocation.started') {
      const l = byNumber.get(e.invocation);
      rows.set(e.invocation, {
        invocation: e.invocation,
        attempt: e.attempt,
        t: e.t,
        ranges: e.ranges,
        outcome: 'running',
        killed: l?.outcome === 'killed',
        message: l?.error ?? null,
        logs: l?.logs ?? [],
        line: l?.line ?? null,
      });
    } else if (e.type === 'invocation.ended') {
      const row = rows.get(e.invocation);
      if (!row) continue;
      row.outcome = e.outcome;
      // The engine's words first (as Lambda would report it); a real-time kill adds the sandbox's reason.
      if (e.message) row.message = row.killed && row.message ? `${e.message}. ${row.message}` : e.message;
      if (e.logs && row.logs.length === 0) row.logs = e.logs;
    }
  }
  return [...rows.values()];
}

export const formatRanges = (ranges: readonly OffsetRange[]): string =>
  ranges.map((r) => `p${r.partition}: ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`).join(', ');
