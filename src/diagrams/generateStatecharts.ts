import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyStateMachine } from 'xstate';
import { machineToMermaid } from './machineToMermaid.ts';
import { machineTitle } from './machineTitle.ts';

/** A machine's diagram, as committed in `src/diagrams/statecharts/<name>.mmd`. */
export interface Statechart {
  /** the machine's export name, e.g. `partitionFlowMachine` */
  name: string;
  /** Mermaid source with a `%%` header naming its origin, title and description */
  source: string;
}

export const machinesDir = join(import.meta.dirname, '..', 'engine', 'esm');
export const statechartsDir = join(import.meta.dirname, 'statecharts');
const repoRoot = join(import.meta.dirname, '..', '..');

/**
 * Every XState machine exported from `src/engine/esm/*.ts`, drawn. Sorted by name so the output only
 * changes when a machine does.
 */
export async function generateStatecharts(dir: string = machinesDir): Promise<Statechart[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !/\.(test|spec)\.ts$/.test(f)).sort();
  const charts: Statechart[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (!isStateMachine(value)) continue;
      const origin = relative(repoRoot, join(dir, file)).split('\\').join('/');
      charts.push({ name, source: statechartSource(name, origin, value) });
    }
  }
  return charts.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Top to bottom reads best for most machines on a page. The partition flow has nine states whose
 * invocation.started / invocation.ended pairs run both ways between the same states: top to bottom,
 * Mermaid's layout stacked those labels on one another; left to right they stay apart (looked at).
 */
const directions: Record<string, 'LR' | 'TB'> = { partitionFlowMachine: 'LR' };

function statechartSource(name: string, origin: string, machine: AnyStateMachine): string {
  const description =
    machine.root.description ?? `Every state and transition of ${name} in ${origin}, with events and guards.`;
  return [
    `%% Generated from ${origin} by \`node scripts/generate-statecharts.ts\`. Do not edit.`,
    `%% title: ${machineTitle(name)}`,
    `%% description: ${description.replace(/\s+/g, ' ').trim()}`,
    machineToMermaid(machine, { direction: directions[name] ?? 'TB' }),
  ].join('\n');
}

function isStateMachine(value: unknown): value is AnyStateMachine {
  const v = value as Partial<AnyStateMachine> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.root === 'object' &&
    typeof v.getInitialSnapshot === 'function'
  );
}
