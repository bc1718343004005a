/**
 * The simulation of an /embed/<scenario>/ page, configured from the query string (`t`, knob values,
 * `knobs` to show). The server renders the published run as is; after hydration the query is read and
 * the player remounted with it, so the first paint never waits for JavaScript. `t` and the knob
 * controls need no engine; knob values that change the scenario load it (see EmbedPlayer).
 */
import { useEffect, useState } from 'preact/hooks';
import { readEmbedQuery, type EmbedQuery } from '../../diagrams/embedQuery.ts';
import type { ScenarioInput } from '../../simulation/knobs.ts';
import { EmbedPlayer } from './EmbedPlayer.tsx';
import { publishedRun } from './embedRun.ts';

export interface EmbedSimulationIslandProps {
  input: ScenarioInput;
  uid: string;
  title: string;
}

export default function EmbedSimulationIsland({ input, uid, title }: EmbedSimulationIslandProps) {
  const [published] = useState(() => publishedRun(uid));
  const [query, setQuery] = useState<EmbedQuery | null>(null);
  useEffect(() => setQuery(readEmbedQuery(location.search, input)), [input]);
  return (
    <EmbedPlayer
      key={query ? location.search : 'server'}
      published={published}
      scenario={input}
      input={query?.input ?? input}
      knobs={query?.knobs ?? []}
      at={query?.at}
      uid={uid}
      title={title}
      queried={query !== null}
      problems={query?.problems ?? []}
    />
  );
}
