/**
 * The published run of an /embed/<scenario>/ page: made by the engine at build time, rendered into the
 * page's first frame and shipped beside it as JSON (`<script type="application/json" id="{uid}-run">`),
 * so the embed hydrates without the engine (issue 4's article budget applies to embeds too).
 */
import { unpackRun } from '../../simulation/packRun.ts';
import type { SimulationRun } from '../../simulation/SimulationRun.ts';

/** Build time: the embed page leaves its run here for the server render of the island. */
export const embedServerRuns = ((
  globalThis as { __olEmbedRuns?: Map<string, SimulationRun> }
).__olEmbedRuns ??= new Map());

/** The run the page was built with: from the build's map on the server, from the page's JSON in the browser. */
export function publishedRun(uid: string): SimulationRun {
  if (typeof document === 'undefined') {
    const run = embedServerRuns.get(uid);
    if (!run) throw new Error(`No build-time run for embed ${uid}: set embedServerRuns before rendering`);
    return run;
  }
  const data = document.getElementById(`${uid}-run`);
  if (!data?.textContent) throw new Error(`No run data for embed ${uid}`);
  return unpackRun(data.textContent);
}
