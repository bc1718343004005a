import { parseDuration } from '../engine/scenario/parseDuration.ts';
import type { Beat, ResolvedBeat } from './Beat.ts';

/** Scripted beats with their times parsed and checked against the run; errors name the beat. */
export function resolveBeats(beats: readonly Beat[], duration: number, where: string): ResolvedBeat[] {
  return beats.map((beat, i) => {
    const d = parseDuration(beat.at);
    if (!d.ok || d.value === null)
      throw new Error(
        `${where}: beat ${i + 1} at ${JSON.stringify(beat.at)}: ${d.ok ? 'no time' : d.message}`,
      );
    if (d.value > duration)
      throw new Error(`${where}: beat ${i + 1} at ${beat.at} is after the run ends (${duration} ms)`);
    if (!beat.caption.trim()) throw new Error(`${where}: beat ${i + 1} has no caption`);
    return { t: d.value, caption: beat.caption.trim() };
  });
}
