import { describe, expect, it } from 'vitest';
import { createLedger } from './Ledger.ts';
import { renderLedgerSvg } from './renderLedgerSvg.ts';
import { ev, runFixture } from './testing/runFixture.ts';

const run = runFixture(
  [
    ev.produced(0, 0, 0, 9),
    ev.formed(0, 1, [[0, 0, 4]]),
    ev.started(0, 1, 1, [[0, 0, 4]]),
    ev.ended(20, 1, 'success'),
    ev.committed(20, 0, null, 5),
  ],
  { partitions: 2 },
);
const ledger = createLedger(run);

describe('renderLedgerSvg: a frame as a standalone SVG', () => {
  it.each(['light', 'dark'] as const)(
    'is self-contained in %s: no scripts, handlers or CSS variables',
    (theme) => {
      const svg = renderLedgerSvg(ledger.at(5, 20), { theme });
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800"')).toBe(true);
      expect(svg).not.toMatch(/<script|\son[a-z]+=|var\(--/i);
    },
  );

  it('marks the committed offset and says what it is', () => {
    const svg = renderLedgerSvg(ledger.at(5, 20));
    expect(svg).toContain('data-marker="committed" data-offset="5"');
    expect(svg).toContain('committed offset 5: the next record this group will read');
  });

  it('labels the in-flight batch with what closed it and its attempt', () => {
    const svg = renderLedgerSvg(ledger.at(3, 0));
    expect(svg).toContain('#1 closed by BatchSize · attempt 1/∞');
  });

  it('follows the page theme through CSS variables when embedded', () => {
    expect(renderLedgerSvg(ledger.at(5, 20), { theme: 'css' })).toContain('var(--ol-committed');
  });
});
