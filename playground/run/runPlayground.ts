import { simulate, type LoadedScenario, type SimulationRun } from '../../src/engine/index.ts';
import type { SandboxHost } from '../sandbox/SandboxHost.ts';
import { SandboxHandlerPort, type InvocationLog } from './SandboxHandlerPort.ts';
import { sourceLineMap } from './sourceLineMap.ts';

/** Real-time kill switch per invocation, ms; the simulated Lambda timeout stays virtual. */
export const KILL_SWITCH_MS = 1000;

export interface PlaygroundRun {
  run: SimulationRun;
  log: InvocationLog[];
  /** real milliseconds the whole run took */
  realMs: number;
}

export class RunStopped extends Error {
  constructor() {
    super('Stopped.');
    this.name = 'RunStopped';
  }
}

export interface RunInput {
  loaded: LoadedScenario;
  code: string;
  sourceMap: string;
  host: SandboxHost;
  signal: AbortSignal;
  onInvocation?: (count: number) => void;
}

/**
 * One playground run: a fresh, seeded sandbox worker for the handler, then the engine's `simulate`
 * with the sandbox as its `HandlerPort`. Stopping aborts at the next invocation boundary.
 */
export async function runPlayground(input: RunInput): Promise<PlaygroundRun> {
  const { loaded, host, signal } = input;
  const scenario = loaded.scenario!;
  const mapping = loaded.mapping!;
  const started = performance.now();
  await host.configure({
    code: input.code,
    seed: scenario.seed,
    budgetMs: Math.min(KILL_SWITCH_MS, Math.max(50, scenario.function.timeoutMs)),
  });
  const port = new SandboxHandlerPort(host, {
    functionName: mapping.functionName,
    startEpochMs: scenario.startEpochMs,
    mapLine: sourceLineMap(input.sourceMap),
  });
  const run = await simulate(loaded, {
    handler: {
      invoke: (req) => {
        if (signal.aborted) return Promise.reject(new RunStopped());
        input.onInvocation?.(port.log.length + 1);
        return port.invoke(req);
      },
    },
  });
  return { run, log: port.log, realMs: performance.now() - started };
}
