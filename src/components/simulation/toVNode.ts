/** The ledger's SVG tree as Preact elements (same tree the standalone export serialises). */
import { h, type VNode } from 'preact';
import type { SvgNode } from '../../simulation/svgTree.ts';

export function toVNode(node: SvgNode | string): VNode | string {
  if (typeof node === 'string') return node;
  const props: Record<string, unknown> = node.key === undefined ? {} : { key: node.key };
  for (const [k, v] of Object.entries(node.attrs)) if (v !== null && v !== undefined) props[k] = v;
  return h(node.tag, props, ...node.children.map(toVNode)) as VNode;
}
