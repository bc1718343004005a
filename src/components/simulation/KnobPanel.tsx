/**
 * The knobs an article exposes. A change re-runs the scenario with the engine (same seed, so the
 * same result every time) and the cursor keeps its time.
 */
import { KNOBS, type KnobName, type ScenarioInput } from '../../simulation/knobs.ts';

interface Props {
  uid: string;
  names: readonly KnobName[];
  input: ScenarioInput;
  onChange: (name: KnobName, value: number | boolean | string) => void;
  errors: readonly { path: string; message: string }[];
}

export function KnobPanel({ uid, names, input, onChange, errors }: Props) {
  if (names.length === 0) return null;
  return (
    <fieldset class="ol-knobs">
      <legend>Change the mapping and watch the outcome change</legend>
      <div class="ol-knob-grid">
        {names.map((name) => {
          const k = KNOBS[name];
          const id = `${uid}-knob-${name}`;
          const value = k.read(input);
          return (
            <div class="ol-knob" key={name}>
              <label for={id}>{k.label}</label>
              {k.kind === 'boolean' ? (
                <input
                  id={id}
                  type="checkbox"
                  checked={Boolean(value)}
                  onChange={(e) => onChange(name, e.currentTarget.checked)}
                  aria-describedby={`${id}-hint`}
                />
              ) : k.kind === 'choice' ? (
                <select
                  id={id}
                  value={String(value)}
                  onChange={(e) => onChange(name, e.currentTarget.value)}
                  aria-describedby={`${id}-hint`}
                >
                  {(k.choices ?? []).map(([v, label]) => (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={k.min}
                  max={k.max}
                  value={String(value)}
                  onChange={(e) => onChange(name, Number(e.currentTarget.value))}
                  aria-describedby={`${id}-hint`}
                />
              )}
              <small id={`${id}-hint`}>{k.hint}</small>
            </div>
          );
        })}
      </div>
      {errors.length > 0 && (
        <div class="ol-errors" role="alert">
          <p>The engine rejects this mapping, so the last valid run stays on screen:</p>
          <ul>
            {errors.map((e) => (
              <li key={e.path + e.message}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
