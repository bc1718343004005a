/**
 * The simulation view-model for other faces (playground, diagrams, presenter mode): fold a run's
 * trace into ledger snapshots, draw a frame as SVG, describe events in words, drive playback.
 *
 * @example
 * const ledger = createLedger(run);
 * const frame = ledger.at(ledger.indexAt(8 * 86_400_000), 8 * 86_400_000);
 * const svg = renderLedgerSvg(frame, { theme: 'dark' });
 */
export type { SimulationRun } from './SimulationRun.ts';
export type {
  LedgerSnapshot,
  PartitionLedger,
  PartitionBatch,
  GroupLedger,
  LedgerTotals,
  Span,
} from './LedgerSnapshot.ts';
export { createLedger, type Ledger } from './Ledger.ts';
export { renderLedgerSvg, ledgerSvg, type LedgerSvgOptions, ROW_HEIGHT } from './renderLedgerSvg.ts';
export { svgToString, type SvgNode } from './svgTree.ts';
export { describeEvent, rangesText } from './describeEvent.ts';
export { laneSummary, groupText } from './describeLedger.ts';
export { ruleSource, SOURCES, type RuleSource } from './ruleSources.ts';
export { modelNote } from './modelNote.ts';
export { metricsSeries, type MetricsSeries } from './metricsSeries.ts';
export { playbackMachine, SPEEDS, type PlaybackEvent } from './playbackMachine.ts';
export { formatTime, formatDuration } from './formatTime.ts';
export { packRun, unpackRun } from './packRun.ts';
export { KNOBS, KNOB_NAMES, applyKnob, type KnobName, type ScenarioInput } from './knobs.ts';
