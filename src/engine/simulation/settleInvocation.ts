import type { HandlerAnswer } from '../handlerPort.ts';
import type { InvocationOutcome, OffsetRange } from '../trace.ts';
import { buildKafkaEvent } from '../event/buildKafkaEvent.ts';
import { checkDrained, resolvePosition } from './polling.ts';
import type { Simulation } from './Simulation.ts';
import type { BatchRun, Work, WorkPart } from './Work.ts';
import { workRanges } from './Work.ts';
import { countRecords, rangesFrom, rangesOfOffsets, splitAfter } from './offsetRanges.ts';
import { interpretAnswer, scriptedAnswer } from './interpretAnswer.ts';
import { wakePoller } from './pollBatch.ts';

/**
 * Invokes the function with one unit of work (R8): checks record age (R15) and retention (Q5) for
 * retries, traces the start, asks the scripted outcomes or the handler port, and schedules the end
 * at start + duration (or + timeout).
 */
export function startWork(sim: Simulation, run: BatchRun, work: Work): void {
  if (run.abandoning) {
    nextWork(sim, run);
    return;
  }
  if (work.attempt > 1 || work.bisectDepth > 0) {
    if (lostToRetention(sim, work)) {
      abandonForRetention(sim, run);
      return;
    }
    work = dropTooOld(sim, work);
    if (countRecords(workRanges(work)) === 0) {
      for (const part of work.parts) sim.commit(part.partition, part.commitTo, 'R15');
      nextWork(sim, run);
      return;
    }
  }
  const invocation = sim.nextInvocation++;
  const ranges = workRanges(work);
  sim.emit({
    type: 'invocation.started',
    rule: work.attempt > 1 ? 'R13' : work.bisectDepth > 0 ? 'R16' : 'R8',
    invocation,
    batch: run.id,
    attempt: work.attempt,
    ranges,
    bisectDepth: work.bisectDepth,
  });
  if (work.attempt > 1 || work.bisectDepth > 0)
    for (const part of work.parts) sim.flows[part.partition]!.send({ type: 'invocation.started' });
  const verdict = sim.outcomes.deliver(ranges);
  const end = (answer: HandlerAnswer) => {
    const fn = sim.scenario.function;
    const timedOut = answer.kind === 'timeout' || fn.durationMs > fn.timeoutMs;
    const final: HandlerAnswer =
      timedOut && answer.kind !== 'timeout' ? { kind: 'timeout', ...logsOf(answer) } : answer;
    sim.scheduleAt(sim.now + (timedOut ? fn.timeoutMs : fn.durationMs), () =>
      endInvocation(sim, run, work, invocation, final),
    );
  };
  if (verdict.kind !== 'none' || !sim.hasHandler) {
    end(scriptedAnswer(verdict, sim.mapping.topic));
    return;
  }
  sim.pending.push({
    request: () => ({
      invocation,
      attempt: work.attempt,
      event: buildKafkaEvent(
        { mapping: sim.mapping, startEpochMs: sim.scenario.startEpochMs, logs: sim.logs },
        ranges,
      ),
      timeoutMs: sim.scenario.function.timeoutMs,
    }),
    resume: end,
  });
}

/** The invocation's result decides the partitions' next step (R12–R17). */
function endInvocation(
  sim: Simulation,
  run: BatchRun,
  work: Work,
  invocation: number,
  answer: HandlerAnswer,
): void {
  const verdict = interpretAnswer(answer, work, sim.mapping, sim.scenario.function.timeoutMs);
  sim.emit({
    type: 'invocation.ended',
    rule: verdict.rule,
    invocation,
    outcome: verdict.outcome,
    ...(verdict.failures.length > 0 ? { failures: verdict.failures } : {}),
    ...(verdict.message !== undefined ? { message: verdict.message } : {}),
    ...(answer.logs && answer.logs.length > 0 ? { logs: answer.logs } : {}),
  });
  const failed = verdict.outcome === 'error' || verdict.outcome === 'timeout';
  const ranges = workRanges(work);
  const records = countRecords(ranges);
  const canBisect =
    failed && !verdict.invalidResponse && sim.mapping.bisectBatchOnFunctionError && records > 1;
  const maxRetries = sim.mapping.effectiveMaximumRetries;
  const retriesExhausted = maxRetries !== null && work.attempt >= 1 + maxRetries;
  for (const part of work.parts) {
    sim.flows[part.partition]!.send({
      type: 'invocation.ended',
      outcome: verdict.outcome,
      failedHere: verdict.failures.some((f) => f.partition === part.partition),
      canBisect,
      retriesExhausted,
    });
  }
  const decision = sim.flows[work.parts[0]!.partition]!.state;
  if (verdict.outcome === 'success' || verdict.outcome === 'partial') {
    settleSuccess(sim, run, work, verdict.failures, retriesExhausted);
  } else if (run.abandoning) {
    // Q12: polling stopped; the failed records are read again from the committed offset later
  } else if (decision === 'bisecting') {
    const [first, second] = bisect(work);
    sim.emit({
      type: 'batch.bisected',
      rule: 'R16',
      batch: run.id,
      halves: [workRanges(first), workRanges(second)],
    });
    run.queue.unshift(first, second);
  } else if (decision === 'discarding') {
    sim.discard(workRanges(work), 'RetryAttemptsExhausted');
    for (const part of work.parts) sim.commit(part.partition, part.commitTo, 'R14');
  } else {
    const retry = { ...work, attempt: work.attempt + 1 };
    sim.emit({
      type: 'retry.scheduled',
      rule: 'R13',
      batch: run.id,
      attempt: retry.attempt,
      ranges: workRanges(retry),
    });
    run.queue.unshift(retry);
  }
  nextWork(sim, run, failed ? sim.model.retryDelayMs : 0);
}

/** R12 and R17: commit what succeeded; with reported failures, commit below them and retry (Q1). */
function settleSuccess(
  sim: Simulation,
  run: BatchRun,
  work: Work,
  failures: { partition: number; offset: number }[],
  retriesExhausted: boolean,
): void {
  const retryParts: WorkPart[] = [];
  for (const part of work.parts) {
    const failedHere = failures.filter((f) => f.partition === part.partition).map((f) => f.offset);
    if (failedHere.length === 0) {
      sim.commit(part.partition, part.commitTo, 'R12');
      continue;
    }
    const lowest = Math.min(...failedHere);
    sim.commit(part.partition, lowest, 'R17');
    const ranges: OffsetRange[] =
      sim.model.partialBatch === 'retry-from-lowest'
        ? rangesFrom(part.ranges, part.partition, lowest)
        : rangesOfOffsets(part.partition, failedHere);
    retryParts.push({ partition: part.partition, ranges, commitTo: part.commitTo });
  }
  if (retryParts.length === 0) return;
  const retry: Work = { parts: retryParts, attempt: work.attempt + 1, bisectDepth: work.bisectDepth };
  if (retriesExhausted) {
    for (const part of retryParts) sim.flows[part.partition]!.send({ type: 'records.discarded' });
    sim.discard(workRanges(retry), 'RetryAttemptsExhausted');
    for (const part of retryParts) sim.commit(part.partition, part.commitTo, 'R14');
    return;
  }
  if (run.abandoning) return;
  sim.emit({
    type: 'retry.scheduled',
    rule: 'R17',
    batch: run.id,
    attempt: retry.attempt,
    ranges: workRanges(retry),
  });
  run.queue.unshift(retry);
}

/** R16: two halves by record count, event order kept; each half commits its own prefix on success. */
export function bisect(work: Work): [Work, Work] {
  const ranges = workRanges(work);
  const [a, b] = splitAfter(ranges, Math.ceil(countRecords(ranges) / 2));
  const part = (rs: OffsetRange[], original: WorkPart, last: boolean): WorkPart => {
    const mine = rs.filter((r) => r.partition === original.partition);
    const top = mine[mine.length - 1];
    return {
      partition: original.partition,
      ranges: mine,
      commitTo: last || !top ? original.commitTo : top.to + 1,
    };
  };
  const first: WorkPart[] = [];
  const second: WorkPart[] = [];
  for (const original of work.parts) {
    const inSecond = b.some((r) => r.partition === original.partition);
    const inFirst = a.some((r) => r.partition === original.partition);
    if (inFirst || !inSecond) first.push(part(a, original, !inSecond));
    if (inSecond) second.push(part(b, original, true));
  }
  const depth = work.bisectDepth + 1;
  return [
    { parts: first, attempt: 1, bisectDepth: depth },
    { parts: second, attempt: 1, bisectDepth: depth },
  ];
}

/** Starts the next queued work of a batch, or finishes it; partitions with nothing left are released (R9). */
function nextWork(sim: Simulation, run: BatchRun, delayMs = 0): void {
  if (run.abandoning) run.queue = [];
  for (const p of [...run.partitions]) {
    if (!run.queue.some((w) => w.parts.some((x) => x.partition === p))) release(sim, run, p);
  }
  const work = run.queue.shift();
  if (!work) {
    finishRun(sim, run);
    return;
  }
  if (delayMs > 0) sim.scheduleAt(sim.now + delayMs, () => startWork(sim, run, work));
  else startWork(sim, run, work);
}

function release(sim: Simulation, run: BatchRun, p: number): void {
  run.partitions.delete(p);
  sim.setBlocked(p, false);
  sim.flows[p]!.send({ type: 'partition.released' });
  const poller = sim.pollerOf(p);
  if (poller && !run.abandoning) wakePoller(sim, poller);
}

function finishRun(sim: Simulation, run: BatchRun): void {
  sim.batches.delete(run.id);
  const poller = sim.pollers.find((x) => x.id === run.poller);
  if (poller) {
    poller.inFlight--;
    wakePoller(sim, poller);
  }
  checkDrained(sim);
}

/** R15 on retries: records that became too old while retried are discarded, the rest go on. */
function dropTooOld(sim: Simulation, work: Work): Work {
  const maxAge = sim.mapping.maximumRecordAgeSeconds;
  if (maxAge < 0) return work;
  const parts = work.parts.map((part) => {
    const cut = sim.logs[part.partition]!.firstOffsetAtOrAfter(sim.now - maxAge * 1000);
    const old = part.ranges.filter((r) => r.from < cut).map((r) => ({ ...r, to: Math.min(r.to, cut - 1) }));
    if (old.length === 0) return part;
    sim.discard(old, 'RecordAgeExceeded');
    const kept = rangesFrom(part.ranges, part.partition, cut);
    if (kept.length > 0) sim.commit(part.partition, kept[0]!.from, 'R15');
    return { ...part, ranges: kept };
  });
  return { ...work, parts };
}

function lostToRetention(sim: Simulation, work: Work): boolean {
  return work.parts.some((part) => {
    const first = part.ranges[0];
    return first !== undefined && first.from < sim.logs[part.partition]!.startAt(sim.now);
  });
}

/** R13 + Q5: records under retry were deleted by retention; the batch is dropped and positions resolved again. */
function abandonForRetention(sim: Simulation, run: BatchRun): void {
  const partitions = [...run.partitions];
  run.queue = [];
  for (const p of partitions) {
    run.partitions.delete(p);
    sim.setBlocked(p, false);
    sim.flows[p]!.send({ type: 'partition.released' });
    resolvePosition(sim, p);
  }
  finishRun(sim, run);
}

function logsOf(answer: HandlerAnswer): { logs?: string[] } {
  return answer.logs ? { logs: answer.logs } : {};
}

export type { InvocationOutcome };
