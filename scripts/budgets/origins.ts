import { codeHash } from './chunkOrigins.ts';
import type { ChunkOrigins } from './chunkOrigins.ts';
import type { JsUnit } from './walkGraph.ts';

/** Tells which packages a unit of JavaScript comes from. */
export interface Origins {
  /** The build's record (chunkOrigins.ts), keyed by file path inside the output folder. */
  chunks: ChunkOrigins;
  /** The text of Starlight's components: its `is:inline` scripts reach the page verbatim. */
  starlightSources: string;
}

/**
 * The packages a unit holds: from the build's record for files and for scripts Astro inlined (matched
 * by hash); Starlight for an inline script written out in Starlight's own components; otherwise
 * `inline` (our own inline scripts and Astro's island loader).
 */
export function unitPackages(unit: JsUnit, { chunks, starlightSources }: Origins): string[] {
  if (expressiveCodeScript.test(unit.id)) return ['astro-expressive-code'];
  if (!unit.id.startsWith('inline:')) return chunks[unit.id.replace(/^\/+/, '')]?.packages ?? ['unknown'];
  const hash = codeHash(unit.code);
  const bundled = Object.values(chunks).find((chunk) => chunk.sha256 === hash);
  if (bundled) return bundled.packages;
  const code = unit.code.trim();
  return code.length > 0 && starlightSources.includes(code) ? ['@astrojs/starlight'] : ['inline'];
}

// Starlight renders code blocks with Expressive Code, whose integration writes its copy-button script
// itself (not through the bundler) as `/${assetsDir}/ec.{hash}.js` (astro-expressive-code/dist/index.js).
const expressiveCodeScript = /^\/_astro\/ec\.[\w-]+\.js$/;

// Starlight's own code, and the Astro runtime and bundler helpers it loads on every page.
const siteChrome = new Set(['@astrojs/starlight', 'astro-expressive-code', 'astro', 'virtual']);

/** Part of what Starlight ships on every page, whatever the page says. */
export const isStarlight = (packages: string[]): boolean =>
  packages.length > 0 && packages.every((p) => siteChrome.has(p));

/** Pagefind's search UI and index: loaded on demand when someone searches, excluded from budgets. */
export const isPagefind = (unit: JsUnit, packages: string[]): boolean =>
  unit.id.startsWith('/pagefind/') || packages.some((p) => p.startsWith('@pagefind/') || p === 'pagefind');

export const isMonaco = (packages: string[]): boolean => packages.includes('monaco-editor');

export const isMermaid = (packages: string[]): boolean =>
  packages.some((p) => p === 'mermaid' || p.startsWith('@mermaid-js/') || p === 'mermaid-isomorphic');
