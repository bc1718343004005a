import { useEffect, useState } from 'preact/hooks';
import type * as PlayerModule from '../../src/components/simulation/SimulationPlayer.tsx';
import { formatMs } from './formatMs.ts';
import { InvocationList } from './InvocationList.tsx';
import { invocationRows } from './invocationRows.ts';
import type { RunView } from './RunView.ts';

/** One run's result: where each partition's committed offset ended, the counts, every invocation. */
export function ResultsPane(p: {
  title: string;
  uid: string;
  view: RunView;
  onRevealLine(line: number): void;
}) {
  const v = p.view;
  return (
    <section class="pg-results" aria-label={p.title}>
      <h3>{p.title}</h3>
      {v.status === 'idle' && (
        <p class="pg-hint">Press Run (Ctrl+Enter) to see what the event source mapping does.</p>
      )}
      {v.status === 'running' && <p class="pg-hint">Running… invocation {v.invocation}</p>}
      {v.status === 'failed' && (
        <p class="pg-error" role="alert">
          {v.message}
        </p>
      )}
      {v.status === 'done' && <DoneView view={v} uid={p.uid} onRevealLine={p.onRevealLine} />}
    </section>
  );
}

type Player = typeof PlayerModule.SimulationPlayer;

function DoneView(p: {
  view: Extract<RunView, { status: 'done' }>;
  uid: string;
  onRevealLine(line: number): void;
}) {
  const { run, log, realMs } = p.view.result;
  // The article simulation view, loaded after the first run (its CSS is imported by Playground.tsx).
  const [SimulationPlayer, setPlayer] = useState<Player | null>(null);
  useEffect(() => {
    void import('../../src/components/simulation/SimulationPlayer.tsx').then((m) =>
      setPlayer(() => m.SimulationPlayer),
    );
  }, []);
  const { final } = run;
  const rows = invocationRows(run.trace, log);
  const failed = rows.filter((r) => r.outcome === 'error' || r.outcome === 'timeout').length;
  return (
    <>
      <p class="pg-summary">
        {rows.length} invocations ({failed} failed) over {formatMs(final.time)} of virtual time, in{' '}
        {formatMs(realMs)} of real time.
      </p>
      <table class="pg-partitions">
        <caption>Partitions at the end</caption>
        <thead>
          <tr>
            <th scope="col">Partition</th>
            <th scope="col">Committed</th>
            <th scope="col">Log end</th>
            <th scope="col">Lag</th>
          </tr>
        </thead>
        <tbody>
          {Object.keys(final.logEnd).map((k) => (
            <tr key={k} data-partition={k}>
              <th scope="row">{k}</th>
              <td data-committed={String(final.committed[k] ?? 'none')}>{final.committed[k] ?? 'none'}</td>
              <td>{final.logEnd[k]}</td>
              <td class={final.lag[k] ? 'pg-lag' : ''}>{final.lag[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {run.warnings.length > 0 && (
        <ul class="pg-warnings">
          {run.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {Object.keys(run.model).length > 0 && (
        <details class="pg-model">
          <summary>Modelling choices where AWS is silent ({Object.keys(run.model).length})</summary>
          <dl>
            {Object.entries(run.model).map(([k, val]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{String(val)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {SimulationPlayer && <SimulationPlayer run={run} uid={p.uid} title="Offsets over time" />}
      <h4 class="pg-inv-title">Invocations, with their console output</h4>
      <InvocationList rows={rows} onRevealLine={p.onRevealLine} />
    </>
  );
}
