/**
 * A simulation from a scenario input alone: it runs the engine in the browser (and on the server for
 * the first frame) and re-runs it on every knob change. Embeds use it, where the input comes from the
 * address. Articles use `ArticleSimulationIsland`, which ships the build-time run instead of the engine.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { KnobName, ScenarioInput } from '../../simulation/knobs.ts';
import { runScenario } from '../../simulation/runScenario.ts';
import type { SimulationRun } from '../../simulation/SimulationRun.ts';
import { SimulationPlayer } from './SimulationPlayer.tsx';
import { KnobPanel } from './KnobPanel.tsx';
import { useKnobs } from './useKnobs.ts';

export interface EsmSimulationIslandProps {
  /** the parsed scenario with overrides applied (plain data) */
  input: ScenarioInput;
  knobs?: readonly KnobName[];
  title?: string;
  at?: number;
  uid: string;
}

export default function EsmSimulationIsland({ input, knobs = [], title, at, uid }: EsmSimulationIslandProps) {
  const knobbed = useKnobs(input);
  const outcome = useMemo(() => runScenario(knobbed.current), [knobbed.current]);
  const lastGood = useRef<SimulationRun | null>(null);
  if (outcome.ok) lastGood.current = outcome.run;
  const run = lastGood.current;
  if (!run) {
    const errors = outcome.ok ? [] : outcome.errors;
    return (
      <div class="ol-sim ol-errors" role="alert">
        This scenario is invalid: {errors.map((e) => `${e.path}: ${e.message}`).join('; ')}
      </div>
    );
  }
  return (
    <SimulationPlayer
      run={run}
      uid={uid}
      {...(title ? { title } : {})}
      {...(at !== undefined ? { at } : {})}
      {...(knobbed.note ? { rerunNote: knobbed.note } : {})}
    >
      <KnobPanel
        uid={uid}
        names={knobs}
        input={knobbed.current}
        onChange={knobbed.set}
        errors={outcome.ok ? [] : outcome.errors}
      />
    </SimulationPlayer>
  );
}
