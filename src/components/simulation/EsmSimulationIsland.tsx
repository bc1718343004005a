/**
 * The article island: runs the scenario with the engine (at build time for the first frame, and
 * again in the browser after hydration, with the same deterministic result) and re-runs it when a
 * knob changes.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { applyKnob, KNOBS, type KnobName, type ScenarioInput } from '../../simulation/knobs.ts';
import { runScenario } from '../../simulation/runScenario.ts';
import type { SimulationRun } from '../../simulation/SimulationRun.ts';
import { SimulationPlayer } from './SimulationPlayer.tsx';
import { KnobPanel } from './KnobPanel.tsx';

export interface EsmSimulationIslandProps {
  /** the parsed scenario with overrides applied (plain data) */
  input: ScenarioInput;
  knobs?: readonly KnobName[];
  title?: string;
  at?: number;
  uid: string;
}

type KnobValues = Partial<Record<KnobName, number | boolean | string>>;

export default function EsmSimulationIsland({ input, knobs = [], title, at, uid }: EsmSimulationIslandProps) {
  const [values, setValues] = useState<KnobValues>({});
  const [note, setNote] = useState<string | undefined>(undefined);
  const current = useMemo(
    () => Object.entries(values).reduce((acc, [name, v]) => applyKnob(acc, name as KnobName, v), input),
    [input, values],
  );
  const outcome = useMemo(() => runScenario(current), [current]);
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
  const onChange = (name: KnobName, value: number | boolean | string): void => {
    setValues((v) => ({ ...v, [name]: value }));
    setNote(`${KNOBS[name].label} is now ${String(value)}`);
  };
  return (
    <SimulationPlayer
      run={run}
      uid={uid}
      {...(title ? { title } : {})}
      {...(at !== undefined ? { at } : {})}
      {...(note ? { rerunNote: note } : {})}
    >
      <KnobPanel
        uid={uid}
        names={knobs}
        input={current}
        onChange={onChange}
        errors={outcome.ok ? [] : outcome.errors}
      />
    </SimulationPlayer>
  );
}
