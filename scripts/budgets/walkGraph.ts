import { jsReferences, resolveSpecifier } from './jsReferences.ts';
import type { ScriptEntry } from './pageScripts.ts';

/** A piece of JavaScript a page loads: a file of the built site or an inline script. */
export interface JsUnit {
  /** The site path (`/_astro/x.js`), or `inline:<n>` for the n-th distinct inline script. */
  id: string;
  code: string;
}

export interface WalkOptions {
  /** The page's own path: inline module scripts resolve their imports against it. */
  page: string;
  /** The code of a built file by site path, or undefined when the site has no such file. */
  readFile: (path: string) => string | undefined;
  /** Also follow dynamic imports, preload lists and workers (everything the page can ever load). */
  includeLazy: boolean;
  /** Units never counted nor followed (Pagefind's on-demand search). */
  skip: (unit: JsUnit) => boolean;
}

/**
 * Every unit reachable from `entries` through the import graph, each once (browsers fetch a module
 * once per page however often it is imported), in discovery order.
 */
export function walkGraph(
  entries: ScriptEntry[],
  { page, readFile, includeLazy, skip }: WalkOptions,
): JsUnit[] {
  const seen = new Map<string, JsUnit>();
  const queue: { unit: JsUnit; base: string }[] = [];
  const visit = (unit: JsUnit | undefined, base: string): void => {
    if (!unit || seen.has(unit.id) || skip(unit)) return;
    seen.set(unit.id, unit);
    queue.push({ unit, base });
  };
  const fileUnit = (path: string): JsUnit | undefined => {
    const code = readFile(path);
    return code === undefined ? undefined : { id: path, code };
  };

  const inline = new Map<string, string>();
  for (const entry of entries) {
    if ('file' in entry) {
      const path = resolveSpecifier(entry.file, page);
      if (path) visit(fileUnit(path), path);
    } else {
      const id = inline.get(entry.inline) ?? `inline:${inline.size + 1}`;
      inline.set(entry.inline, id);
      visit({ id, code: entry.inline }, page);
    }
  }
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { loadsNow, loadsLater } = jsReferences(next.unit.code);
    for (const specifier of includeLazy ? [...loadsNow, ...loadsLater] : loadsNow) {
      const path = resolveSpecifier(specifier, next.base);
      if (path?.endsWith('.js') || path?.endsWith('.mjs')) visit(fileUnit(path), path);
    }
  }
  return [...seen.values()];
}
