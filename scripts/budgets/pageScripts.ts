import { tags } from '../html/tags.ts';

/** JavaScript a page names in its HTML: a file by site path, or a script written inline. */
export type ScriptEntry = { file: string } | { inline: string };

export interface PageScripts {
  /** Runs as the page loads: `<script>`s, module preloads, and `client:load` islands. */
  atLoad: ScriptEntry[];
  /** Loaded when an island hydrates after load (`client:idle`, `client:visible`, `client:media`, `client:only`). */
  onHydration: ScriptEntry[];
  /** The component names of the page's islands (Astro's `opts.name`). */
  islands: string[];
}

const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const eagerIslands = new Set(['load']);

export function pageScripts(html: string): PageScripts {
  const atLoad: ScriptEntry[] = [];
  const onHydration: ScriptEntry[] = [];
  const islands: string[] = [];
  for (const { name, attrs, text } of tags(html)) {
    if (name === 'script' && jsTypes.has((attrs.type ?? '').toLowerCase())) {
      if (attrs.src) atLoad.push({ file: attrs.src });
      else if (text?.trim()) atLoad.push({ inline: text });
    } else if (name === 'link' && attrs.rel === 'modulepreload' && attrs.href) {
      atLoad.push({ file: attrs.href });
    } else if (name === 'astro-island') {
      const when = eagerIslands.has(attrs.client ?? '') ? atLoad : onHydration;
      for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const file = attrs[attr];
        if (file) when.push({ file });
      }
      islands.push(islandName(attrs.opts));
    }
  }
  return { atLoad, onHydration, islands };
}

function islandName(opts: string | undefined): string {
  try {
    const name: unknown = JSON.parse(opts ?? '{}').name;
    return typeof name === 'string' ? name : 'island';
  } catch {
    return 'island';
  }
}
