/** The ledger's SVG tree as Preact elements (same tree the standalone export serialises). */
import { h, type VNode } from 'preact';
import { svgToString, type SvgNode } from '../../simulation/svgTree.ts';

function props(node: SvgNode): Record<string, unknown> {
  const out: Record<string, unknown> = node.key === undefined ? {} : { key: node.key };
  for (const [k, v] of Object.entries(node.attrs)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

export function toVNode(node: SvgNode | string): VNode | string {
  if (typeof node === 'string') return node;
  return h(node.tag, props(node), ...node.children.map(toVNode)) as VNode;
}

interface Made {
  markup: string;
  vnode: VNode | string;
}

/**
 * `toVNode` for a drawing redrawn on every animation frame. A keyed node without keyed children (a
 * run, a marker, a label) whose markup is what it was in the previous frame comes back as the
 * previous frame's element, which Preact skips without diffing: a playback frame costs what changed
 * (a few labels and run edges), not the whole drawing (issue 4, 60 fps with 12 lanes).
 */
export function frameToVNode(): (root: SvgNode) => VNode | string {
  let previous = new Map<string, Made>();
  return (root) => {
    const next = new Map<string, Made>();
    const convert = (node: SvgNode | string, path: string): VNode | string => {
      if (typeof node === 'string') return node;
      const here = node.key === undefined ? path : `${path}/${node.key}`;
      const leaf =
        node.key !== undefined && node.children.every((c) => typeof c === 'string' || c.key === undefined);
      if (!leaf) return h(node.tag, props(node), ...node.children.map((c) => convert(c, here))) as VNode;
      const markup = svgToString(node);
      const seen = previous.get(here);
      const made = seen?.markup === markup ? seen : { markup, vnode: toVNode(node) };
      next.set(here, made);
      return made.vnode;
    };
    const vnode = convert(root, '');
    previous = next;
    return vnode;
  };
}
