import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../engine/scenario/parseScenarioText.ts';
import { createLedger } from '../simulation/Ledger.ts';
import { renderLedgerSvg } from '../simulation/renderLedgerSvg.ts';
import { runScenario } from '../simulation/runScenario.ts';
import { exportColours, exportSvg } from './exportSvg.ts';

// A simulation frame goes through the same export as a diagram: renderLedgerSvg → exportSvg.
describe('simulation frame export', async () => {
  const text = await readFile(join(import.meta.dirname, '..', 'scenarios', 'presets', 'bisect.yaml'), 'utf8');
  const parsed = parseScenarioText(text, 'bisect.yaml');
  if (!parsed.ok) throw new Error('bisect.yaml does not parse');
  const outcome = runScenario(parsed.value as Record<string, unknown>);
  if (!outcome.ok) throw new Error('bisect.yaml does not run');
  const ledger = createLedger(outcome.run);
  const snapshot = ledger.at(ledger.indexAt(1800), 1800);

  it.each(['light', 'dark'] as const)('is a standalone, script-free SVG in the %s theme', (theme) => {
    const out = exportSvg(renderLedgerSvg(snapshot, { theme }), {
      theme,
      background: 'solid',
      caption: 'Bisect at 1.8s',
    });
    expect(out.svg).not.toMatch(/<script|<foreignObject|\son[a-z]+\s*=|var\(--|url\((?!#)/i);
    expect(out.svg).toContain(`fill="${exportColours[theme].background}"`);
    expect(out.svg).toContain('>Bisect at 1.8s</text>');
    expect(out.width).toBe(848); // renderLedgerSvg's 800 px plus the margins
  });
});
