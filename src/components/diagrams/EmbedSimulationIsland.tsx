/**
 * The simulation of an /embed/<scenario>/ page: the article island, configured from the query string
 * (`t`, knob values, `knobs` to show). The server renders the preset as is; after hydration the query
 * is read and the island remounted with it, so the first paint never waits for JavaScript.
 */
import { useEffect, useState } from 'preact/hooks';
import EsmSimulationIsland from '../simulation/EsmSimulationIsland.tsx';
import { readEmbedQuery, type EmbedQuery } from '../../diagrams/embedQuery.ts';
import type { ScenarioInput } from '../../simulation/knobs.ts';

export interface EmbedSimulationIslandProps {
  input: ScenarioInput;
  uid: string;
  title: string;
}

export default function EmbedSimulationIsland({ input, uid, title }: EmbedSimulationIslandProps) {
  const [query, setQuery] = useState<EmbedQuery | null>(null);
  useEffect(() => setQuery(readEmbedQuery(location.search, input)), [input]);
  const q = query ?? { input, knobs: [], problems: [], at: undefined };
  return (
    <div class="ol-embed-sim" data-ready={query ? 'true' : undefined}>
      <EsmSimulationIsland
        key={query ? location.search : 'server'}
        input={q.input}
        knobs={q.knobs}
        uid={uid}
        title={title}
        {...(q.at !== undefined ? { at: q.at } : {})}
      />
      {q.problems.length > 0 && (
        <p class="ol-embed-sim__problems" role="note">
          Ignored in the embed address: {q.problems.join('; ')}
        </p>
      )}
    </div>
  );
}
