/**
 * A run as JSON text that is safe inside `<script type="application/json">`: the article page ships
 * the build-time run in its HTML, so the island hydrates without the engine and loads it only when a
 * knob asks for a re-run. The trace is proportional to invocations, not records, so it stays small.
 */
import type { SimulationRun } from './SimulationRun.ts';

export function packRun(run: SimulationRun): string {
  const { scenario, mapping, trace, model, warnings, consumerGroupId } = run;
  const json = JSON.stringify({ scenario, mapping, trace, model, warnings, consumerGroupId });
  // `<` can close the script element or open a comment; \u003c means the same to JSON.parse.
  return json.replace(/</g, '\\u003c');
}

export function unpackRun(text: string): SimulationRun {
  return JSON.parse(text) as SimulationRun;
}
