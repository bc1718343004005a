import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { type DiagramTheme, diagramThemes } from './diagramThemes.ts';
import { readCachedRender, renderKey, writeCachedRender, type CachedRender } from './renderCache.ts';
import { cachedSvgId, prefixBareIds, scopeSvgIds } from './scopeSvgIds.ts';
import { sharedBrowserType } from './sharedBrowser.ts';

/** Bump when post-processing changes, so old cache entries are not reused. */
const pipelineVersion = 2;
const mermaidVersion = mermaidIsomorphicMermaidVersion();

let renderer: MermaidRenderer | undefined;

interface Pending {
  code: string;
  resolve: (render: CachedRender) => void;
  reject: (error: unknown) => void;
}
const queues: Record<DiagramTheme, Pending[]> = { light: [], dark: [] };
let flushScheduled = false;

/**
 * Renders Mermaid source to SVG at build time (cached by code + theme). Calls made while a page
 * renders are collected and sent to the browser together, one renderer call per theme.
 */
export async function renderMermaid(code: string, theme: DiagramTheme): Promise<CachedRender> {
  const key = renderKey([pipelineVersion, mermaidVersion, diagramThemes[theme], code]);
  const cached = await readCachedRender(key);
  if (cached) return cached;
  const render = await new Promise<CachedRender>((resolve, reject) => {
    queues[theme].push({ code, resolve, reject });
    scheduleFlush();
  });
  await writeCachedRender(key, render);
  return render;
}

function scheduleFlush(): void {
  if (flushScheduled) return;
  flushScheduled = true;
  // A macrotask later, every sibling <Diagram> on the page has queued its request.
  setTimeout(() => {
    flushScheduled = false;
    for (const theme of ['light', 'dark'] as const) void flush(theme, queues[theme].splice(0));
  }, 20);
}

let batch = 0;
async function flush(theme: DiagramTheme, pending: Pending[]): Promise<void> {
  if (pending.length === 0) return;
  renderer ??= createMermaidRenderer({ browserType: sharedBrowserType });
  const prefix = `olbatch${(batch += 1)}`;
  try {
    const results = await renderer(
      pending.map((p) => p.code),
      { prefix, mermaidConfig: diagramThemes[theme] },
    );
    results.forEach((result, i) => {
      const p = pending[i]!;
      if (result.status === 'rejected') {
        p.reject(
          new Error(
            `Mermaid could not render this diagram: ${String(result.reason?.message ?? result.reason)}\n${p.code}`,
          ),
        );
        return;
      }
      const { svg, width, height } = result.value;
      p.resolve({
        svg: prefixBareIds(scopeSvgIds(svg, `${prefix}-${i}`, cachedSvgId), cachedSvgId),
        width,
        height,
      });
    });
  } catch (error) {
    for (const p of pending) p.reject(error);
  }
}

function mermaidIsomorphicMermaidVersion(): string {
  const require = createRequire(require_resolve('mermaid-isomorphic'));
  const pkg = require.resolve('mermaid/package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

function require_resolve(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}
