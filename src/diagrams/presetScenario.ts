import { parseScenarioText } from '../engine/scenario/parseScenarioText.ts';
import { loadPresetText } from '../scenarios/presets.ts';
import type { ScenarioInput } from '../simulation/knobs.ts';
import { runScenario } from '../simulation/runScenario.ts';
import type { SimulationRun } from '../simulation/SimulationRun.ts';

/** A preset, parsed and run (build time): an invalid preset fails the build with the engine's words. */
export async function presetScenario(
  name: string,
): Promise<{ input: ScenarioInput; run: SimulationRun; title: string }> {
  const parsed = parseScenarioText(await loadPresetText(name), `${name}.yaml`);
  if (!parsed.ok) throw new Error(`preset ${name}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const input = parsed.value as ScenarioInput;
  const outcome = runScenario(input);
  if (!outcome.ok)
    throw new Error(`preset ${name}: ${outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const title = typeof input['name'] === 'string' ? input['name'] : name;
  return { input, run: outcome.run, title };
}
