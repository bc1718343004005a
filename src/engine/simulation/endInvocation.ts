import type { HandlerAnswer } from '../handlerPort.ts';
import type { OffsetRange } from '../trace.ts';
import type { Simulation } from './Simulation.ts';
import type { BatchRun, Work, WorkPart } from './Work.ts';
import { workRanges } from './Work.ts';
import { countRecords, rangesFrom, rangesOfOffsets } from './offsetRanges.ts';
import { interpretAnswer } from './interpretAnswer.ts';
import { bisect } from './bisect.ts';
import { nextWork } from './batchRun.ts';

/** The invocation's result decides the partitions' next step (R12–R17). */
export function endInvocation(
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
  if (run.abandoning && sim.model.disableInFlight === 'redeliver') {
    // Q12 alternative: polling stopped first, so the result is not committed and the batch is read again
  } else if (verdict.outcome === 'success' || verdict.outcome === 'partial') {
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
