/**
 * One step of the fold: what a trace event changes in the ledger. The view never decides ESM
 * behaviour; it only records what the engine reported (architecture guide, "views are thin").
 */
import type { OffsetRange, TraceEvent } from '../engine/trace.ts';
import type { PartitionBatch, Span } from './LedgerSnapshot.ts';
import { logEndAt, type FoldLogs, type FoldPartition, type FoldState } from './foldState.ts';

/** Each partition's spans within event ranges, in event order. */
export function spansByPartition(ranges: readonly OffsetRange[]): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  for (const r of ranges) {
    const list = out.get(r.partition) ?? [];
    list.push({ from: r.from, to: r.to });
    out.set(r.partition, list);
  }
  return out;
}

const lastOffset = (spans: readonly Span[]): number => spans.reduce((m, s) => Math.max(m, s.to), -1);
const size = (spans: readonly Span[]): number => spans.reduce((n, s) => n + s.to - s.from + 1, 0);

/** Appends to a shared log only the first time the fold reaches this entry (replays reuse it). */
function appendOnce<T>(log: T[], seen: number, entry: () => T): void {
  if (log.length === seen) log.push(entry());
}

function withBatch(p: FoldPartition, patch: Partial<PartitionBatch>, fallbackBatch: number): void {
  const base: PartitionBatch = p.batch ?? {
    batch: fallbackBatch,
    poller: p.poller ?? 0,
    closedBy: 'retry',
    formedAt: 0,
    spans: patch.invoking ?? [],
    attempt: 1,
    status: 'formed',
    invocation: null,
    invoking: [],
    bisectDepth: 0,
    halves: null,
    lastOutcome: null,
    lastMessage: null,
  };
  p.batch = { ...base, ...patch };
}

export function applyEvent(s: FoldState, e: TraceEvent, logs: FoldLogs): void {
  s.index += 1;
  s.lastEvent = e;
  const part = (n: number): FoldPartition | undefined => s.partitions[n];
  switch (e.type) {
    case 'records.produced': {
      const p = part(e.partition);
      if (!p) break;
      p.logEndBase = logEndAt(p, e.t);
      p.produce = e;
      break;
    }
    case 'log.truncated': {
      const p = part(e.partition);
      if (p) p.logStart = e.logStart;
      break;
    }
    case 'mapping.state':
      s.mapping = { state: e.to, reason: e.reason };
      break;
    case 'pollers.assigned':
      s.pollers = e.pollers;
      if (e.rebalance) s.totals.rebalances += 1;
      for (const p of s.partitions) p.poller = null;
      e.pollers.forEach((owned, poller) => owned.forEach((n) => part(n) && (part(n)!.poller = poller)));
      break;
    case 'position.resolved': {
      const p = part(e.partition);
      if (!p) break;
      p.position = { offset: e.offset, source: e.source, invalidCommitted: e.invalidCommitted ?? null };
      p.batch = null;
      break;
    }
    case 'offsets.expired':
      s.group = { ...s.group, id: e.group, expiredAt: e.t };
      for (const n of e.partitions) if (part(n)) part(n)!.committed = null;
      break;
    case 'group.membership':
      s.group = {
        ...s.group,
        id: e.group,
        empty: e.empty,
        emptySince: e.empty ? e.t : null,
        expiredAt: e.empty ? null : s.group.expiredAt,
      };
      break;
    case 'records.filtered':
      for (const r of e.ranges) {
        const p = part(r.partition);
        if (!p) continue;
        appendOnce(logs.filtered[r.partition]!, p.filteredLen, () => ({ from: r.from, to: r.to }));
        p.filteredLen += 1;
        s.totals.filteredRecords += r.to - r.from + 1;
      }
      break;
    case 'batch.formed':
      for (const [n, spans] of spansByPartition(e.ranges)) {
        const p = part(n);
        if (!p) continue;
        const retried = e.closedBy === 'retry' && p.batch !== null;
        p.batch = {
          batch: e.batch,
          poller: e.poller,
          closedBy: e.closedBy,
          formedAt: e.t,
          spans,
          attempt: retried ? p.batch!.attempt : 1,
          status: 'formed',
          invocation: null,
          invoking: [],
          bisectDepth: 0,
          halves: null,
          lastOutcome: null,
          lastMessage: null,
        };
      }
      break;
    case 'invocation.started':
      s.totals.invocations += 1;
      for (const [n, spans] of spansByPartition(e.ranges)) {
        const p = part(n);
        if (!p) continue;
        // R18: a record below the highest offset already delivered is delivered again.
        for (const sp of spans) {
          const dup = Math.max(0, Math.min(sp.to + 1, p.deliveredHigh) - sp.from);
          p.duplicates += dup;
          s.totals.duplicates += dup;
          p.deliveredHigh = Math.max(p.deliveredHigh, sp.to + 1);
        }
        p.deliveredRecords += size(spans);
        s.totals.deliveredRecords += size(spans);
        withBatch(
          p,
          {
            status: 'invoking',
            invocation: e.invocation,
            invoking: spans,
            attempt: e.attempt,
            bisectDepth: e.bisectDepth,
          },
          e.batch,
        );
      }
      break;
    case 'invocation.ended': {
      if (e.outcome === 'error') s.totals.errors += 1;
      if (e.outcome === 'timeout') {
        s.totals.errors += 1;
        s.totals.timeouts += 1;
      }
      if (e.outcome === 'partial') s.totals.partials += 1;
      for (const p of s.partitions) {
        if (p.batch?.invocation !== e.invocation) continue;
        p.batch = {
          ...p.batch,
          status: e.outcome === 'success' ? 'formed' : 'failed',
          invoking: e.outcome === 'success' ? [] : p.batch.invoking,
          lastOutcome: e.outcome,
          lastMessage: e.message ?? null,
        };
      }
      break;
    }
    case 'batch.bisected': {
      s.totals.bisects += 1;
      const [a, b] = [spansByPartition(e.halves[0]), spansByPartition(e.halves[1])];
      for (const p of s.partitions) {
        if (p.batch?.batch !== e.batch) continue;
        p.batch = { ...p.batch, halves: [a.get(p.partition) ?? [], b.get(p.partition) ?? []] };
      }
      break;
    }
    case 'retry.scheduled':
      s.totals.retries += 1;
      for (const [n, spans] of spansByPartition(e.ranges)) {
        const p = part(n);
        if (p) withBatch(p, { status: 'retry-scheduled', attempt: e.attempt, invoking: spans }, e.batch);
      }
      break;
    case 'offsets.committed': {
      const p = part(e.partition);
      if (!p) break;
      p.committed = e.offset;
      s.totals.commits += 1;
      // The batch is done for this partition once the commit passes its last offset (R12).
      if (p.batch && e.offset > lastOffset(p.batch.spans)) p.batch = null;
      break;
    }
    case 'records.discarded':
      for (const r of e.ranges) {
        const p = part(r.partition);
        if (!p) continue;
        appendOnce(logs.discarded[r.partition]!, p.discardedLen, () => ({
          from: r.from,
          to: r.to,
          reason: e.reason,
          destination: e.destination,
          t: e.t,
        }));
        p.discardedLen += 1;
        s.totals.discardedRecords += r.to - r.from + 1;
      }
      break;
    case 'warning':
      appendOnce(logs.warnings, s.warningsLen, () => e.message);
      s.warningsLen += 1;
      break;
    case 'action':
    case 'run.ended':
      break;
  }
}
