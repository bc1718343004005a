/**
 * Scenario input (a parsed file, with overrides and knobs applied) to a run, through the engine's
 * narrow entry points only: no YAML parser, no CLI, no handler sandbox, so the island stays small.
 */
import { loadScenario } from '../engine/scenario/loadScenario.ts';
import { simulateSync } from '../engine/simulate.ts';
import type { MappingError } from '../engine/mapping/KafkaMapping.ts';
import type { SimulationRun } from './SimulationRun.ts';

export type RunOutcome = { ok: true; run: SimulationRun } | { ok: false; errors: MappingError[] };

export function runScenario(input: unknown): RunOutcome {
  const loaded = loadScenario(input);
  if (loaded.errors.length > 0 || !loaded.scenario || !loaded.mapping)
    return { ok: false, errors: loaded.errors };
  return { ok: true, run: simulateSync(loaded) };
}
