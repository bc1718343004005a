/**
 * Writes `src/diagrams/statecharts/<machine>.mmd` for every machine in `src/engine/esm/` and removes
 * diagrams of machines that are gone. `src/diagrams/statecharts.test.ts` fails until this has run.
 *
 *   node scripts/generate-statecharts.ts
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateStatecharts, statechartsDir } from '../src/diagrams/generateStatecharts.ts';

const charts = await generateStatecharts();
await mkdir(statechartsDir, { recursive: true });
const keep = new Set(charts.map((c) => `${c.name}.mmd`));
for (const file of await readdir(statechartsDir)) {
  if (file.endsWith('.mmd') && !keep.has(file)) await rm(join(statechartsDir, file));
}
for (const chart of charts) await writeFile(join(statechartsDir, `${chart.name}.mmd`), chart.source);
console.log(`Wrote ${charts.length} statechart(s) to ${statechartsDir}: ${[...keep].join(', ')}`);
