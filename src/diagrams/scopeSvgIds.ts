/**
 * Mermaid names everything inside an SVG after the render id (`#mermaid-0 .node`, markers
 * `mermaid-0_flowchart-pointEnd`, `chart-title-mermaid-0`). Two inlined SVGs with the same id style
 * and point at each other's markers, so each copy on a page gets its own id.
 */
export function scopeSvgIds(svg: string, fromId: string, toId: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(toId)) throw new Error(`Not a safe SVG id: ${JSON.stringify(toId)}`);
  const escaped = fromId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `mermaid-1` must not also rewrite `mermaid-10`.
  return svg.replace(new RegExp(`${escaped}(?![0-9])`, 'g'), toId);
}

/** The placeholder id cached renders carry until a page gives them their own. */
export const cachedSvgId = 'ol-diagram-id';

/**
 * Some Mermaid ids ignore the render id (stateDiagram self-loop helpers such as
 * `s_polling---s_polling---1`), so the light and the dark copy would repeat them. Prefix every id
 * that does not already carry `scope`, and the local references to it.
 */
export function prefixBareIds(svg: string, scope: string): string {
  const bare = new Set(
    [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !id.includes(scope)),
  );
  if (bare.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (all, lead: string, id: string) =>
    bare.has(id) ? `${lead}${scope}-${id}` : all,
  );
}
