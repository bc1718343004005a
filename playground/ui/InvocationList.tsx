import { useState } from 'preact/hooks';
import { formatMs } from './formatMs.ts';
import { formatRanges, type InvocationRow } from './invocationRows.ts';

const PAGE = 100;

/** Every invocation with its records, outcome, error (linked to the editor line) and console output. */
export function InvocationList(p: { rows: InvocationRow[]; onRevealLine(line: number): void }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <div class="pg-invocations">
      <ol>
        {p.rows.slice(0, shown).map((r) => (
          <li key={r.invocation} class={`pg-inv pg-inv-${r.outcome}`} data-outcome={r.outcome}>
            <div class="pg-inv-head">
              <span class="pg-inv-n">#{r.invocation}</span>
              <span class="pg-inv-at">{formatMs(r.t)}</span>
              <span class="pg-inv-records">{formatRanges(r.ranges)}</span>
              {r.attempt > 1 && <span class="pg-inv-attempt">attempt {r.attempt}</span>}
              <span class="pg-badge">{r.killed ? 'killed (timeout)' : r.outcome}</span>
            </div>
            {r.message && (
              <p class="pg-inv-error">
                {r.message}
                {r.line !== null && (
                  <>
                    {' '}
                    <button type="button" class="pg-link" onClick={() => p.onRevealLine(r.line!)}>
                      line {r.line}
                    </button>
                  </>
                )}
              </p>
            )}
            {r.logs.length > 0 && <pre class="pg-inv-logs">{r.logs.join('\n')}</pre>}
          </li>
        ))}
      </ol>
      {p.rows.length > shown && (
        <button type="button" class="pg-button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, p.rows.length - shown)} more of {p.rows.length - shown}
        </button>
      )}
    </div>
  );
}
