import { gzipSync } from 'node:zlib';
import { isMermaid, isMonaco, isPagefind, isStarlight, unitPackages } from './origins.ts';
import type { Origins } from './origins.ts';
import { pageScripts } from './pageScripts.ts';
import { walkGraph } from './walkGraph.ts';
import type { JsUnit } from './walkGraph.ts';

export type PageKind = 'playground' | 'simulation' | 'embed' | 'page';

/** One unit of JavaScript a page can load, and when. */
export interface UnitMeasure {
  id: string;
  gzip: number;
  packages: string[];
  when: 'load' | 'hydration' | 'on demand';
}

/** The JavaScript one built page costs, in gzip bytes. */
export interface PageMeasure {
  path: string;
  kind: PageKind;
  /** Loaded with the page: its scripts, their static imports, `client:load` islands. */
  atLoad: number;
  /** Loaded once every island has hydrated: `atLoad` plus the islands' static import graphs. */
  total: number;
  /** `total` minus Starlight's own code. */
  beyondStarlight: number;
  /** Only on demand: dynamic `import()`s, workers (an export dialog, Monaco). Not in `total`. */
  onDemand: number;
  /** Monaco and Mermaid chunks anywhere in reach, on demand included. */
  monaco: string[];
  mermaid: string[];
  units: UnitMeasure[];
}

const gzipCache = new Map<string, number>();
function gzipSize(code: string): number {
  let size = gzipCache.get(code);
  if (size === undefined) {
    size = gzipSync(code, { level: 9 }).length;
    gzipCache.set(code, size);
  }
  return size;
}

/**
 * Files are compressed one by one, as a server sends them. Inline scripts travel inside the HTML, so
 * they are compressed together and each is given its share of the result by length.
 */
function unitSizes(units: JsUnit[]): Map<string, number> {
  const sizes = new Map<string, number>();
  const inline = units.filter((unit) => unit.id.startsWith('inline:'));
  const inlineCode = inline.map((unit) => unit.code).join('\n');
  const inlineGzip = inline.length ? gzipSize(inlineCode) : 0;
  for (const unit of units) {
    const share = unit.id.startsWith('inline:')
      ? Math.round((inlineGzip * unit.code.length) / Math.max(1, inlineCode.length))
      : gzipSize(unit.code);
    sizes.set(unit.id, share);
  }
  return sizes;
}

export function measurePage(
  path: string,
  html: string,
  readFile: (path: string) => string | undefined,
  origins: Origins,
): PageMeasure {
  const scripts = pageScripts(html);
  const packagesOf = (unit: JsUnit): string[] => unitPackages(unit, origins);
  const walk = (entries: typeof scripts.atLoad, includeLazy: boolean): JsUnit[] =>
    walkGraph(entries, { page: path, readFile, includeLazy, skip: (u) => isPagefind(u, packagesOf(u)) });
  const everything = [...scripts.atLoad, ...scripts.onHydration];
  const loadIds = new Set(walk(scripts.atLoad, false).map((u) => u.id));
  const hydratedIds = new Set(walk(everything, false).map((u) => u.id));
  const reachable = walk(everything, true);
  const sizes = unitSizes(reachable);

  const units: UnitMeasure[] = reachable.map((unit) => ({
    id: unit.id,
    gzip: sizes.get(unit.id) ?? 0,
    packages: packagesOf(unit),
    when: loadIds.has(unit.id) ? 'load' : hydratedIds.has(unit.id) ? 'hydration' : 'on demand',
  }));
  const sum = (keep: (unit: UnitMeasure) => boolean): number =>
    units.filter(keep).reduce((total, unit) => total + unit.gzip, 0);
  return {
    path,
    kind: pageKind(path, scripts.islands),
    atLoad: sum((u) => u.when === 'load'),
    total: sum((u) => u.when !== 'on demand'),
    beyondStarlight: sum((u) => u.when !== 'on demand' && !isStarlight(u.packages)),
    onDemand: sum((u) => u.when === 'on demand'),
    monaco: units.filter((u) => isMonaco(u.packages)).map((u) => u.id),
    mermaid: units.filter((u) => isMermaid(u.packages)).map((u) => u.id),
    units,
  };
}

/** The playground may load anything; a page with a simulation island gets the simulation budget. */
export function pageKind(path: string, islands: string[]): PageKind {
  if (path === '/playground/' || path.startsWith('/playground/')) return 'playground';
  const simulation = islands.some((name) => /simulation/i.test(name));
  // An /embed/<scenario>/ page is a simulation in an iframe: its own kind in the table, with the
  // article's budgets (issue 4: ≤ 8 KB at load, ≤ 60 KB in total).
  if (simulation && path.startsWith('/embed/')) return 'embed';
  return simulation ? 'simulation' : 'page';
}
