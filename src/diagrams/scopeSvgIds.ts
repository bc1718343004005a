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
