/**
 * Model-based coverage for a flat machine: @xstate/graph walks every state reachable with the given
 * events; each edge it finds is replayed through the engine's FlatMachineRunner, which must land in
 * the same state, and the transitions taken are collected so a test can demand all of them.
 */
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import type { AnyStateMachine, EventObject } from 'xstate';
import { FlatMachineRunner } from '../esm/FlatMachineRunner.ts';

export interface Coverage {
  states: string[];
  reachedStates: string[];
  transitions: string[];
  takenTransitions: string[];
  /** edges where the runner and XState disagree: `from --event--> xstate / runner` */
  disagreements: string[];
  shortestPaths: number;
}

export function machineCoverage(machine: AnyStateMachine, events: EventObject[], input?: unknown): Coverage {
  // value + context: our contexts are small and bounded (toolchain guide §6 warns about growing ones)
  const serializeState = (s: { value: unknown; context: unknown }) => JSON.stringify([s.value, s.context]);
  const options = { events, serializeState, ...(input !== undefined ? { input } : {}) };
  const edges = adjacencyMapToArray(getAdjacencyMap(machine, options as never));
  const context = input !== undefined ? { ...(input as object) } : {};
  const runner = new FlatMachineRunner(machine, context);
  const taken = new Set<string>();
  const disagreements: string[] = [];
  for (const edge of edges) {
    const from = String((edge.state as { value: unknown }).value);
    const to = String((edge.nextState as { value: unknown }).value);
    runner.state = from;
    runner.context = (edge.state as { context: unknown }).context;
    runner.lastTransition = null;
    runner.send(edge.event as EventObject);
    if (runner.lastTransition) taken.add(runner.lastTransition);
    if (runner.state !== to)
      disagreements.push(`${from} --${JSON.stringify(edge.event)}--> ${to} / ${runner.state}`);
  }
  const paths = getShortestPaths(machine, options as never);
  return {
    states: Object.keys(machine.root.states).sort(),
    reachedStates: [...new Set(paths.map((p) => String((p.state as { value: unknown }).value)))].sort(),
    transitions: runner.transitionIds().sort(),
    takenTransitions: [...taken].sort(),
    disagreements,
    shortestPaths: paths.length,
  };
}
