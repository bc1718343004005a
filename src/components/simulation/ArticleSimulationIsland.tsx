/**
 * The article island. Its first run was made at build time and travels in the page as JSON
 * (`<script type="application/json" id="{uid}-run">`), so hydrating needs no engine: playback, steps
 * and seeks only fold that trace. The engine is fetched the first time a knob changes, and every
 * change re-runs the scenario with it (deterministic: same input, same trace).
 */
import { useEffect, useState } from 'preact/hooks';
import type { MappingError } from '../../engine/mapping/KafkaMapping.ts';
import type { KnobName, ScenarioInput } from '../../simulation/knobs.ts';
import { unpackRun } from '../../simulation/packRun.ts';
import type { SimulationRun } from '../../simulation/SimulationRun.ts';
import { SimulationPlayer } from './SimulationPlayer.tsx';
import { KnobPanel } from './KnobPanel.tsx';
import { useKnobs } from './useKnobs.ts';

export interface ArticleSimulationIslandProps {
  input: ScenarioInput;
  knobs?: readonly KnobName[];
  title?: string;
  at?: number;
  uid: string;
}

/** Build time: EsmSimulation.astro leaves the run here for the server render of the same page. */
export const serverRuns = ((globalThis as { __olServerRuns?: Map<string, SimulationRun> }).__olServerRuns ??=
  new Map());

function initialRun(uid: string): SimulationRun {
  if (typeof document === 'undefined') {
    const run = serverRuns.get(uid);
    if (!run)
      throw new Error(`No build-time run for simulation ${uid}: render it through EsmSimulation.astro`);
    return run;
  }
  const data = document.getElementById(`${uid}-run`);
  if (!data?.textContent) throw new Error(`No run data for simulation ${uid}`);
  return unpackRun(data.textContent);
}

export default function ArticleSimulationIsland({
  input,
  knobs = [],
  title,
  at,
  uid,
}: ArticleSimulationIslandProps) {
  const [run, setRun] = useState(() => initialRun(uid));
  const [errors, setErrors] = useState<MappingError[]>([]);
  const knobbed = useKnobs(input);

  useEffect(() => {
    if (!knobbed.changed) return;
    let live = true;
    void import('../../simulation/runScenario.ts').then(({ runScenario }) => {
      if (!live) return;
      const outcome = runScenario(knobbed.current);
      if (outcome.ok) {
        setRun(outcome.run);
        setErrors([]);
      } else setErrors(outcome.errors);
    });
    return () => {
      live = false;
    };
  }, [knobbed.current]);

  return (
    <SimulationPlayer
      run={run}
      uid={uid}
      {...(title ? { title } : {})}
      {...(at !== undefined ? { at } : {})}
      {...(knobbed.note ? { rerunNote: knobbed.note } : {})}
    >
      <KnobPanel uid={uid} names={knobs} input={knobbed.current} onChange={knobbed.set} errors={errors} />
    </SimulationPlayer>
  );
}
