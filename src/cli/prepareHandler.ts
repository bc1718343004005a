import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MappingError } from '../engine/index.ts';
import { createWorkerHandler, type WorkerHandler } from './workerHandler.ts';

export type PreparedHandler =
  { ok: true; handler: WorkerHandler | null } | { ok: false; errors: MappingError[] };

const handlerError = (message: string): PreparedHandler => ({
  ok: false,
  errors: [{ path: 'function.handler', message, rule: 'spec' }],
});

/** What makes a handler's time and randomness replay: the scenario's `seed` and `start` (epoch ms). */
export interface HandlerReplay {
  seed: number;
  startEpochMs: number;
}

/**
 * Starts the worker for `function.handler` (resolved relative to the scenario file, spec §1) and loads
 * the module once, so a missing file, a module without `handler` or one that throws on import is an
 * error before the run starts (exit 2), never a stack trace.
 */
export async function prepareHandler(
  scenarioFile: string,
  handlerPath: string | null,
  replay: HandlerReplay,
  realTimeCapMs?: number,
): Promise<PreparedHandler> {
  if (handlerPath === null) return { ok: true, handler: null };
  const modulePath = resolve(dirname(scenarioFile), handlerPath);
  if (!existsSync(modulePath))
    return handlerError(`handler module ${handlerPath} not found (looked for ${modulePath})`);
  if (!statSync(modulePath).isFile()) return handlerError(`handler module ${handlerPath} is not a file`);
  const options = { modulePath, ...replay };
  const handler = createWorkerHandler(realTimeCapMs === undefined ? options : { ...options, realTimeCapMs });
  const loadError = await handler.load();
  if (loadError === null) return { ok: true, handler };
  await handler.close();
  return handlerError(`handler module ${handlerPath} ${loadError}`);
}
