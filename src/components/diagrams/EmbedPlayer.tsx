/**
 * An embed's player: the published (build-time) run until the scenario changes. The engine is
 * fetched with a dynamic import only when the embed address sets knob values that differ from the
 * scenario's own, or when the reader moves a knob; every change re-runs the scenario with it
 * (deterministic: same input, same trace, so a knob query shows what it always showed).
 */
import { useEffect, useState } from 'preact/hooks';
import type { MappingError } from '../../engine/mapping/KafkaMapping.ts';
import type { KnobName, ScenarioInput } from '../../simulation/knobs.ts';
import type { SimulationRun } from '../../simulation/SimulationRun.ts';
import { KnobPanel } from '../simulation/KnobPanel.tsx';
import { SimulationPlayer } from '../simulation/SimulationPlayer.tsx';
import { useKnobs } from '../simulation/useKnobs.ts';
import { embedNotes } from './embedNotes.ts';
import { sameScenario } from './sameScenario.ts';

export interface EmbedPlayerProps {
  /** the run the page was built with, for `scenario` */
  published: SimulationRun;
  /** the preset as published */
  scenario: ScenarioInput;
  /** the preset with the address's knob values applied */
  input: ScenarioInput;
  knobs: readonly KnobName[];
  at: number | undefined;
  uid: string;
  title: string;
  /** the address has been read (false in the server render and before hydration) */
  queried: boolean;
  /** address values that were ignored, and why */
  problems: readonly string[];
}

interface Shown {
  run: SimulationRun;
  from: 'published' | 'engine';
  errors: MappingError[];
}

export function EmbedPlayer(props: EmbedPlayerProps) {
  const { published, scenario, input, knobs, at, uid, title, queried, problems } = props;
  const knobbed = useKnobs(input);
  const needsEngine = knobbed.changed || !sameScenario(input, scenario);
  const [shown, setShown] = useState<Shown>({ run: published, from: 'published', errors: [] });
  const [busy, setBusy] = useState(needsEngine);
  const [unreachable, setUnreachable] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!needsEngine) return;
    let live = true;
    setBusy(true);
    import('../../simulation/runScenario.ts')
      .then(({ runScenario }) => {
        if (!live) return;
        const outcome = runScenario(knobbed.current);
        setShown((was) =>
          outcome.ok ? { run: outcome.run, from: 'engine', errors: [] } : { ...was, errors: outcome.errors },
        );
        setUnreachable(undefined);
        setBusy(false);
      })
      .catch((error: unknown) => {
        // Offline, or a redeploy removed the chunk: say so rather than dim the frame forever.
        if (!live) return;
        setUnreachable(error instanceof Error ? error.message : String(error));
        setBusy(false);
      });
    return () => {
      live = false;
    };
  }, [knobbed.current]);

  // Without a knob panel the engine's objections to the address's values still need saying.
  const notes = embedNotes({ problems, rejected: knobs.length === 0 ? shown.errors : [], unreachable });
  return (
    <div
      class="ol-embed-sim"
      data-ready={queried && !busy ? 'true' : undefined}
      data-run={shown.from}
      aria-busy={busy ? 'true' : undefined}
    >
      <SimulationPlayer
        run={shown.run}
        uid={uid}
        title={title}
        {...(at !== undefined ? { at } : {})}
        {...(knobbed.note ? { rerunNote: knobbed.note } : {})}
      >
        <KnobPanel
          uid={uid}
          names={knobs}
          input={knobbed.current}
          onChange={knobbed.set}
          errors={shown.errors}
        />
      </SimulationPlayer>
      {notes.map((note) => (
        <p class="ol-embed-sim__problems" role="note" key={note}>
          {note}
        </p>
      ))}
    </div>
  );
}
