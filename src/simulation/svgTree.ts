/**
 * A tiny, framework-free SVG tree. The ledger is drawn once as this tree; the island turns it into
 * Preact elements, and exports (diagrams, slides) serialise it to a standalone SVG string, so the
 * picture on the page and the exported one cannot differ.
 */
export type SvgAttrs = Record<string, string | number | null | undefined>;

export interface SvgNode {
  tag: string;
  attrs: SvgAttrs;
  children: (SvgNode | string)[];
  /**
   * Identity among its siblings, for the island's diff only (never serialised): an optional node
   * coming or going, or a lane gaining a run, then moves no other node, so a playback frame only
   * changes attributes and text instead of re-creating elements.
   */
  key?: string;
}

export function el(
  tag: string,
  attrs: SvgAttrs = {},
  ...children: (SvgNode | string | null | false)[]
): SvgNode {
  return { tag, attrs, children: children.filter((c): c is SvgNode | string => c !== null && c !== false) };
}

/** The same node with an identity among its siblings (see `SvgNode.key`). */
export function keyed(key: string, node: SvgNode): SvgNode {
  node.key = key;
  return node;
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Serialise to markup; attributes with null/undefined values are left out. */
export function svgToString(node: SvgNode | string): string {
  if (typeof node === 'string') return escape(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  const inner = node.children.map(svgToString).join('');
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}
