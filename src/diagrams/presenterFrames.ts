import { createLedger } from '../simulation/Ledger.ts';
import { renderLedgerSvg } from '../simulation/renderLedgerSvg.ts';
import type { SimulationRun } from '../simulation/SimulationRun.ts';
import type { ResolvedBeat } from './Beat.ts';
import { exportSvg } from './exportSvg.ts';
import { formatTime } from '../simulation/formatTime.ts';

export interface PresenterFrame extends ResolvedBeat {
  /** the ledger at the beat, as SVG that scales to the screen and follows the page's theme */
  svg: string;
}

/**
 * The simulation's ledger at each beat (build time). Frames use the `css` palette, so one picture
 * serves light and dark; a pixel width plus a viewBox lets it scale to the screen, which makes the
 * type large on a projector.
 */
export function presenterFrames(run: SimulationRun, beats: readonly ResolvedBeat[]): PresenterFrame[] {
  const ledger = createLedger(run);
  return beats.map((beat, i) => {
    const snapshot = ledger.at(ledger.indexAt(beat.t), beat.t);
    const drawing = renderLedgerSvg(snapshot, { theme: 'css', width: 720, idPrefix: `beat${i + 1}-` });
    const { svg } = exportSvg(drawing, { theme: 'light', background: 'transparent' });
    const label = `Offset ledger at ${formatTime(beat.t)}`;
    return { ...beat, svg: svg.replace(/^<svg /, `<svg class="ol-present__frame" aria-label="${label}" `) };
  });
}
