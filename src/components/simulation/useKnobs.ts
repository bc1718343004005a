/**
 * Knob values over a scenario input: the current input with every knob applied, and a setter that
 * also says, in words, what changed (for the player's live region).
 */
import { useMemo, useState } from 'preact/hooks';
import { applyKnob, KNOBS, type KnobName, type ScenarioInput } from '../../simulation/knobs.ts';

type KnobValues = Partial<Record<KnobName, number | boolean | string>>;

export interface Knobbed {
  current: ScenarioInput;
  changed: boolean;
  note: string | undefined;
  set: (name: KnobName, value: number | boolean | string) => void;
}

export function useKnobs(input: ScenarioInput): Knobbed {
  const [values, setValues] = useState<KnobValues>({});
  const [note, setNote] = useState<string | undefined>(undefined);
  const current = useMemo(
    () => Object.entries(values).reduce((acc, [name, v]) => applyKnob(acc, name as KnobName, v), input),
    [input, values],
  );
  const set = (name: KnobName, value: number | boolean | string): void => {
    setValues((v) => ({ ...v, [name]: value }));
    setNote(`${KNOBS[name].label} is now ${String(value)}`);
  };
  return { current, changed: Object.keys(values).length > 0, note, set };
}
