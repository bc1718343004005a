import type { SimulationRun } from '../simulation/SimulationRun.ts';
import { autoBeats } from './autoBeats.ts';
import type { Beat, ResolvedBeat } from './Beat.ts';
import { resolveBeats } from './resolveBeats.ts';

// Vite-only: the scripted beats, by scenario name.
const scripts = import.meta.glob<Beat[]>('./beats/*.ts', { import: 'beats', eager: true });

/**
 * A scenario's presenter beats: the preset's own `beats:` (once the loader accepts the key), else
 * src/diagrams/beats/<scenario>.ts, else beats picked from the trace (autoBeats). `scripted` says which.
 */
export function presenterBeats(
  scenario: string,
  input: Record<string, unknown>,
  run: SimulationRun,
  duration: number,
): { beats: ResolvedBeat[]; scripted: boolean } {
  const own = Array.isArray(input['beats']) ? (input['beats'] as Beat[]) : scripts[`./beats/${scenario}.ts`];
  if (own) return { beats: resolveBeats(own, duration, `beats of ${scenario}`), scripted: true };
  const ctx = { offsetsRetentionMs: run.scenario.topic.offsetsRetentionMs };
  return { beats: autoBeats(run.trace, duration, ctx), scripted: false };
}
