import type { HandlerAnswer } from '../handlerPort.ts';
import { buildKafkaEvent } from '../event/buildKafkaEvent.ts';
import type { Simulation } from './Simulation.ts';
import type { BatchRun, Work } from './Work.ts';
import { workRanges } from './Work.ts';
import { countRecords, rangesFrom } from './offsetRanges.ts';
import { scriptedAnswer } from './interpretAnswer.ts';
import { endInvocation } from './endInvocation.ts';
import { finishRun, nextWork } from './batchRun.ts';
import { resolvePosition } from './polling.ts';

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
  const t = sim.now; // the request is built later, when the engine blocks on it
  sim.pending.push({
    request: () => ({
      invocation,
      attempt: work.attempt,
      event: buildKafkaEvent(
        { mapping: sim.mapping, startEpochMs: sim.scenario.startEpochMs, logs: sim.logs },
        ranges,
      ),
      timeoutMs: sim.scenario.function.timeoutMs,
      t,
    }),
    resume: end,
  });
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
