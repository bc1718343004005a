import type { Scorecard } from '../compare/scorecard.ts';
import { formatMs } from './formatMs.ts';

const ROWS: { label: string; value(c: Scorecard): string }[] = [
  { label: 'Invocations', value: (c) => String(c.invocations) },
  { label: 'Duplicates delivered', value: (c) => String(c.duplicates) },
  { label: 'Max lag (records)', value: (c) => String(c.maxLag) },
  { label: 'Time to drain', value: (c) => (c.drainedAt === null ? 'never' : formatMs(c.drainedAt)) },
  { label: 'Records discarded', value: (c) => String(c.discarded) },
  { label: 'Time blocked (partition time)', value: (c) => formatMs(c.blockedMs) },
];

/** Compare's scorecard: the same traffic and handler under mapping A and mapping B. */
export function ScorecardTable(p: { a: Scorecard; b: Scorecard }) {
  return (
    <table class="pg-scorecard">
      <caption>Scorecard: mapping A vs mapping B</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">A</th>
          <th scope="col">B</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.value(p.a)}</td>
            <td>{r.value(p.b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
