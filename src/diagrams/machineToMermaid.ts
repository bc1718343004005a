import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { mermaidText, transitionLabel, type GuardLike } from './transitionLabel.ts';

export interface StatechartOptions {
  /** Mermaid `direction` of the top level (default `LR`, which reads best on slides) */
  direction?: 'LR' | 'TB';
}

/**
 * An XState v5 machine as a Mermaid `stateDiagram-v2`: nested states become composite states,
 * parallel regions are separated by `--`, final states lead to `[*]`, every transition is labelled
 * with its event and guard. The output is deterministic (document order), so a committed copy can be
 * compared with a fresh one.
 *
 * @example machineToMermaid(createMachine({ initial: 'a', states: { a: { on: { go: 'b' } }, b: {} } }))
 */
export function machineToMermaid(machine: AnyStateMachine, options: StatechartOptions = {}): string {
  const lines = ['stateDiagram-v2', `  direction ${options.direction ?? 'LR'}`];
  const root = machine.root;
  declareChildren(root, lines, '  ');
  lines.push(...mergeParallelEdges(edges(root)));
  return `${lines.join('\n')}\n`;
}

/** Mermaid ids are global: a state's path, joined (`running__polling`). */
function stateId(node: AnyStateNode): string {
  return `s_${node.path.map((p: string) => p.replace(/[^A-Za-z0-9]/g, '_')).join('__')}`;
}

function children(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states) as AnyStateNode[];
}

function declareChildren(node: AnyStateNode, lines: string[], indent: string): void {
  const kids = children(node);
  kids.forEach((child, i) => {
    if (node.type === 'parallel' && i > 0) lines.push(`${indent}--`);
    declare(child, lines, indent);
  });
  const initial = node.type === 'compound' ? node.initial?.target[0] : undefined;
  if (initial) lines.push(`${indent}[*] --> ${stateId(initial)}`);
  // Inside its composite's block `[*]` is that composite's end, as a final state means (SCXML).
  for (const child of kids) if (child.type === 'final') lines.push(`${indent}${stateId(child)} --> [*]`);
}

function declare(node: AnyStateNode, lines: string[], indent: string): void {
  const id = stateId(node);
  const name = node.type === 'history' ? `${node.key} (history)` : node.key;
  lines.push(`${indent}state "${mermaidText(name).replace(/"/g, "'")}" as ${id}`);
  if (node.type === 'compound' || node.type === 'parallel') {
    lines.push(`${indent}state ${id} {`);
    declareChildren(node, lines, `${indent}  `);
    lines.push(`${indent}}`);
  }
}

/**
 * Transitions go after all declarations, at the top level: Mermaid would otherwise create a new
 * state inside the composite when an arrow leaves it.
 */
function edges(node: AnyStateNode): Edge[] {
  const out: Edge[] = [];
  const from = stateId(node);
  if (node.parent) {
    const all = [...node.transitions.values()].flat();
    for (const t of [...all, ...(node.always ?? [])]) {
      const targets: readonly AnyStateNode[] = t.target ?? [node];
      for (const target of targets) {
        out.push({ from, to: stateId(target), label: transitionLabel(t.eventType, t.guard as GuardLike) });
      }
    }
  }
  for (const child of children(node)) out.push(...edges(child));
  return out;
}

interface Edge {
  from: string;
  to: string;
  label: string;
}

/**
 * One arrow per pair of states, its labels stacked in document order: dagre draws parallel arrows
 * on top of each other and their labels collide.
 */
function mergeParallelEdges(list: Edge[]): string[] {
  const byPair = new Map<string, Edge[]>();
  for (const e of list) {
    const key = `${e.from} ${e.to}`;
    byPair.set(key, [...(byPair.get(key) ?? []), e]);
  }
  return [...byPair.values()].map(
    (group) => `  ${group[0]!.from} --> ${group[0]!.to}: ${group.map((e) => e.label).join('<br/>')}`,
  );
}
