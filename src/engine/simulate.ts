import type { KafkaMapping } from './mapping/KafkaMapping.ts';
import type { LoadedScenario, Scenario } from './scenario/Scenario.ts';
import type { HandlerPort } from './handlerPort.ts';
import type { TraceEvent } from './trace.ts';
import type { FinalState } from './result/ResultDocument.ts';
import { Simulation, type RunCounts, type TraceDetail } from './simulation/Simulation.ts';
import { describeModel } from './simulation/modelChoices.ts';

/** Everything a run produced: the trace views fold, plus the inputs and named model choices. */
export interface SimulationRun {
  trace: TraceEvent[];
  mapping: KafkaMapping;
  scenario: Scenario;
  /** each open-question choice this run used (facts Q1–Q18), as the result's `model` object */
  model: Record<string, string>;
  warnings: string[];
  /** the state at the end of the run (spec §4 `final`) */
  final: FinalState;
  /** the UUID the engine gave the (last) mapping; it names the default consumer group (R1) */
  mappingUuid: string;
  consumerGroupId: string;
  /** spec §4 `counts`, kept as the run went (also when `detail: 'summary'` dropped per-batch events) */
  counts: RunCounts;
  detail: TraceDetail;
}

export interface SimulateOptions {
  /** runs the records no scripted outcome matches */
  handler?: HandlerPort;
  /**
   * `summary` keeps only lifecycle-level trace events, so memory does not grow with invocations
   * (`--summary` runs whose `expect` needs no record lists). Default `full`.
   */
  detail?: TraceDetail;
}

/**
 * Runs a loaded scenario. Scripted `outcomes` answer at once; records no rule matches go to `handler`
 * when one is given (a browser sandbox or a Node worker), and virtual time stands still while its
 * answer is pending, so the run is deterministic.
 *
 * @example const run = await simulate(loadScenario(yamlText), { handler: workerPort });
 */
export async function simulate(
  loaded: LoadedScenario,
  opts: { handler?: HandlerPort } = {},
): Promise<SimulationRun> {
  const sim = prepare(loaded, opts.handler !== undefined);
  for (;;) {
    if (sim.runUntilBlocked() === 'done') break;
    const next = sim.pending.shift()!;
    next.resume(await opts.handler!.invoke(next.request()));
  }
  return finishRun(sim, loaded);
}

/** The same run without a handler: scripted `outcomes` only (articles, SSR, knob re-runs). */
export function simulateSync(loaded: LoadedScenario, opts: { detail?: TraceDetail } = {}): SimulationRun {
  const sim = prepare(loaded, false, opts.detail);
  sim.runUntilBlocked();
  return finishRun(sim, loaded);
}

function prepare(loaded: LoadedScenario, hasHandler: boolean, detail: TraceDetail = 'full'): Simulation {
  if (!loaded.scenario || !loaded.mapping || loaded.errors.length > 0)
    throw new Error(`cannot simulate an invalid scenario (${loaded.errors.length} errors)`);
  const sim = new Simulation(loaded.scenario, loaded.mapping, { hasHandler, detail });
  sim.warnings.push(...loaded.warnings);
  sim.start();
  return sim;
}

function finishRun(sim: Simulation, loaded: LoadedScenario): SimulationRun {
  sim.finish();
  return {
    trace: sim.trace,
    mapping: sim.mapping,
    scenario: loaded.scenario!,
    model: describeModel(sim.model),
    warnings: sim.warnings,
    final: finalState(sim),
    mappingUuid: sim.mappingUuid,
    consumerGroupId: sim.groupId,
    counts: { ...sim.counts },
    detail: sim.detail,
  };
}

/** spec §4 `final`: the mapping's own group and each partition's log at the end of the run (R24 lag). */
function finalState(sim: Simulation): FinalState {
  const time = sim.scenario.durationMs;
  const group = sim.group(sim.groupId);
  const final: FinalState = { time, committed: {}, logStart: {}, logEnd: {}, lag: {} };
  for (const log of sim.logs) {
    const key = String(log.partition);
    const committed = group.offsets.get(log.partition) ?? null;
    const start = log.startAt(time);
    const end = log.endAt(time);
    final.committed[key] = committed;
    final.logStart[key] = start;
    final.logEnd[key] = end;
    final.lag[key] = Math.max(0, end - (committed ?? start));
  }
  return final;
}
