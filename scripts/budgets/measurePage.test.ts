import { describe, expect, it } from 'vitest';
import { budgetLabel, budgetProblems } from './budgets.ts';
import { codeHash } from './chunkOrigins.ts';
import type { ChunkOrigins } from './chunkOrigins.ts';
import { measurePage, pageKind } from './measurePage.ts';
import { walkGraph } from './walkGraph.ts';

// A tiny built site. The page runs Starlight's search (which imports a helper and loads Pagefind's UI on
// demand) and an inline theme script; an island's component imports the engine and, on demand, an
// export dialog, which loads Mermaid; the editor chunk pulls in Monaco and a worker.
const files: Record<string, string> = {
  '/_astro/search.js': 'import{p}from"./helper.js";p(()=>import("./ui-core.js"))',
  '/_astro/helper.js': 'export const p=f=>f();',
  '/_astro/ui-core.js': 'import"/pagefind/pagefind.js";'.padEnd(9000, ' '),
  '/pagefind/pagefind.js': 'export{}',
  '/_astro/Island.js':
    'import{run}from"./engine.js";import{h}from"./preact.js";export default()=>import("./dialog.js")',
  '/_astro/engine.js': 'import{h}from"./preact.js";export const run=()=>h;',
  '/_astro/preact.js': 'import{run}from"./engine.js";export const h=1;',
  '/_astro/client.js': 'import{h}from"./preact.js";export default h;',
  '/_astro/dialog.js': 'export default()=>import("./mermaid.js")',
  '/_astro/mermaid.js': 'export default "mermaid"',
  '/_astro/Editor.js': 'new Worker(new URL("./ts.worker.js",import.meta.url));import("./monaco.js")',
  '/_astro/monaco.js': 'export default "monaco"',
  '/_astro/ts.worker.js': 'self.onmessage=()=>{}',
};
const themeScript = 'window.theme = localStorage.getItem("starlight-theme");';
const chunks: ChunkOrigins = Object.fromEntries(
  Object.entries({
    '_astro/search.js': ['@astrojs/starlight', 'virtual'],
    '_astro/helper.js': ['virtual'],
    '_astro/ui-core.js': ['@pagefind/default-ui'],
    '_astro/Island.js': ['preact', 'project'],
    '_astro/engine.js': ['project', 'xstate'],
    '_astro/preact.js': ['preact'],
    '_astro/client.js': ['@astrojs/preact'],
    '_astro/dialog.js': ['project'],
    '_astro/mermaid.js': ['mermaid'],
    '_astro/Editor.js': ['project'],
    '_astro/monaco.js': ['monaco-editor'],
    '_astro/ts.worker.js': ['monaco-editor'],
  }).map(([file, packages]) => [file, { packages, sha256: codeHash(files[`/${file}`] ?? '') }]),
);
const origins = { chunks, starlightSources: `<script is:inline>${themeScript}</script>` };
const readFile = (path: string): string | undefined => files[path];

const page = (islands: string): string =>
  `<script>${themeScript}</script><script type="module" src="/_astro/search.js"></script>${islands}`;
const island = (client: string, component: string, name: string): string =>
  `<astro-island client="${client}" component-url="/_astro/${component}" renderer-url="/_astro/client.js" opts="{&quot;name&quot;:&quot;${name}&quot;}">`;

describe('walkGraph', () => {
  const entries = [{ file: '/_astro/Island.js' }];
  const skip = (unit: { id: string }): boolean => unit.id.startsWith('/pagefind/');

  it('follows static imports once each, through a cycle', () => {
    const units = walkGraph(entries, { page: '/', readFile, includeLazy: false, skip });
    expect(units.map((u) => u.id)).toEqual(['/_astro/Island.js', '/_astro/engine.js', '/_astro/preact.js']);
  });

  it('follows dynamic imports and workers when asked for everything', () => {
    const units = walkGraph([...entries, { file: '/_astro/Editor.js' }], {
      page: '/',
      readFile,
      includeLazy: true,
      skip,
    });
    expect(units.map((u) => u.id).sort()).toEqual(
      [
        '/_astro/Editor.js',
        '/_astro/Island.js',
        '/_astro/dialog.js',
        '/_astro/engine.js',
        '/_astro/mermaid.js',
        '/_astro/monaco.js',
        '/_astro/preact.js',
        '/_astro/ts.worker.js',
      ].sort(),
    );
  });

  it('neither counts nor follows what it is told to skip', () => {
    const units = walkGraph([{ file: '/_astro/ui-core.js' }], {
      page: '/',
      readFile,
      includeLazy: true,
      skip: (u) => u.id === '/_astro/ui-core.js',
    });
    expect(units).toEqual([]);
  });

  it('counts an inline script once however often the page repeats it', () => {
    const units = walkGraph([{ inline: 'a()' }, { inline: 'a()' }, { inline: 'b()' }], {
      page: '/',
      readFile,
      includeLazy: false,
      skip,
    });
    expect(units.map((u) => u.id)).toEqual(['inline:1', 'inline:2']);
  });
});

describe('measurePage', () => {
  const whenOf = (html: string, path = '/a/') =>
    Object.fromEntries(measurePage(path, html, readFile, origins).units.map((u) => [u.id, u.when]));

  it('splits what loads with the page, on hydration and on demand; Pagefind is left out', () => {
    expect(whenOf(page(island('visible', 'Island.js', 'EsmSimulation')))).toEqual({
      'inline:1': 'load',
      '/_astro/search.js': 'load',
      '/_astro/helper.js': 'load',
      '/_astro/Island.js': 'hydration',
      '/_astro/engine.js': 'hydration',
      '/_astro/preact.js': 'hydration',
      '/_astro/client.js': 'hydration',
      '/_astro/dialog.js': 'on demand',
      '/_astro/mermaid.js': 'on demand',
    });
  });

  it('counts a client:load island at page load', () => {
    expect(whenOf(page(island('load', 'Island.js', 'EsmSimulation')))['/_astro/engine.js']).toBe('load');
  });

  it("separates Starlight's own code (an inline script from its components included)", () => {
    const plain = measurePage('/a/', page(''), readFile, origins);
    expect([plain.beyondStarlight, plain.total > 0, plain.total === plain.atLoad]).toEqual([0, true, true]);
  });

  it('flags Mermaid reached on demand outside the playground, but not in it', () => {
    const html = page(island('visible', 'Island.js', 'EsmSimulation'));
    expect(budgetProblems(measurePage('/a/', html, readFile, origins))).toEqual([
      'loads the mermaid library (/_astro/mermaid.js)',
    ]);
    expect(budgetProblems(measurePage('/playground/', html, readFile, origins))).toEqual([]);
  });

  it('flags Monaco and its worker outside the playground', () => {
    const html = page(island('visible', 'Editor.js', 'Editor'));
    expect(budgetProblems(measurePage('/a/', html, readFile, origins))).toEqual([
      'loads monaco-editor code (/_astro/monaco.js, /_astro/ts.worker.js)',
    ]);
  });
});

describe('budgetProblems', () => {
  const measure = (
    kind: 'page' | 'simulation' | 'embed' | 'playground',
    atLoad: number,
    total: number,
    beyond: number,
  ) => ({
    path: '/a/',
    kind,
    atLoad,
    total,
    beyondStarlight: beyond,
    onDemand: 0,
    monaco: [],
    mermaid: [],
    units: [],
  });

  it.each([
    [
      'any page over 8 KB at load',
      measure('playground', 8001, 8001, 8001),
      ['loads 8.0 KB at page load (max 8.0 KB)'],
    ],
    ['a page at exactly 8 KB at load', measure('page', 8000, 8000, 0), []],
    ['a plain page 5 KB beyond Starlight', measure('page', 7000, 7000, 5000), []],
    [
      'a plain page over it',
      measure('page', 7000, 7000, 5001),
      ["5.0 KB beyond Starlight's own (max 5.0 KB)"],
    ],
    ['a simulation page at 60 KB in total', measure('simulation', 7000, 60000, 55000), []],
    [
      'a simulation page over it',
      measure('simulation', 7000, 60001, 55000),
      ['60.0 KB in total (max 60.0 KB with a simulation)'],
    ],
    // Embeds ship the build-time run and load the engine on demand, as articles do (issue 4 budgets).
    ['an embed at 60 KB in total, however much beyond Starlight', measure('embed', 7000, 60000, 59000), []],
    [
      'an embed over it',
      measure('embed', 7000, 60001, 59000),
      ['60.0 KB in total (max 60.0 KB with a simulation)'],
    ],
    [
      'an embed that ships the engine at hydration (69.6 KB, as before)',
      measure('embed', 2700, 69600, 68600),
      ['69.6 KB in total (max 60.0 KB with a simulation)'],
    ],
    [
      'an embed over 8 KB at load',
      measure('embed', 8001, 40000, 39000),
      ['loads 8.0 KB at page load (max 8.0 KB)'],
    ],
  ])('%s', (_, page, problems) => {
    expect(budgetProblems(page)).toEqual(problems);
  });

  it.each([
    ['playground', 'load ≤ 8 KB'],
    ['simulation', 'load ≤ 8, total ≤ 60'],
    ['embed', 'load ≤ 8, total ≤ 60'],
    ['page', 'load ≤ 8, extra ≤ 5'],
  ] as const)('labels a %s page "%s"', (kind, label) => {
    expect(budgetLabel(measure(kind, 0, 0, 0))).toBe(label);
  });
});

describe('pageKind', () => {
  it.each([
    ['/playground/', [], 'playground'],
    ['/guide/', ['ArticleSimulationIsland'], 'simulation'],
    ['/embed/x/', ['EmbedSimulationIsland'], 'embed'],
    ['/guide/', ['Diagram'], 'page'],
    ['/guide/', [], 'page'],
  ])('%s with islands %j is a %s', (path, islands, kind) => {
    expect(pageKind(path, islands)).toBe(kind);
  });
});
