import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStatecharts, statechartsDir } from './generateStatecharts.ts';
import { machineTitle } from './machineTitle.ts';
import { statechartHeader } from './statechartHeader.ts';

const regenerate = 'Regenerate with `node scripts/generate-statecharts.ts` and commit the result.';

describe('committed statecharts', async () => {
  const charts = await generateStatecharts();
  const committed = (await readdir(statechartsDir)).filter((f) => f.endsWith('.mmd')).sort();

  it('exist for exactly the machines in src/engine/esm', () => {
    expect(committed, regenerate).toEqual(charts.map((c) => `${c.name}.mmd`).sort());
  });

  it.each(charts.map((c) => [c.name, c] as const))('%s.mmd matches the machine', async (name, chart) => {
    const onDisk = await readFile(join(statechartsDir, `${name}.mmd`), 'utf8').catch(() => '(missing)');
    expect(onDisk, `${name}.mmd is stale. ${regenerate}`).toBe(chart.source);
  });
});

describe('statechart headers', () => {
  it.each([
    ['partitionFlowMachine', 'Partition flow'],
    ['mappingLifecycleMachine', 'Mapping lifecycle'],
    ['esm2Machine', 'Esm2'],
  ])('machineTitle(%j) = %j', (name, title) => expect(machineTitle(name)).toBe(title));

  it('reads title and description from the leading %% lines only', () => {
    const source =
      '%% Generated\n%% title: Partition flow\n%% description: How a partition moves.\nstateDiagram-v2\n%% title: no';
    expect(statechartHeader(source)).toEqual({
      title: 'Partition flow',
      description: 'How a partition moves.',
    });
  });
});
