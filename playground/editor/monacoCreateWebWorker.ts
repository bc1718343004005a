/**
 * Stands in for Monaco 0.57's `vs/internal/common/workers.js` (see `slimMonacoWorkers`). That module
 * gives the language services (here: TypeScript's `workerManager`) their `createWebWorker`, but it
 * also side-imports every editor feature Monaco has (59 contributions, ~0.4 MB): loaded with the
 * TypeScript mode after the editor exists, they cost the page a long task right when a reader first
 * clicks, and those that bring services (code lens, drop-into-editor) throw "depends on UNKNOWN
 * service", because services are fixed when the first editor is created. The playground picks its
 * features itself (monaco.ts). This is upstream's `createWebWorker`, unchanged apart from types
 * (MIT, Copyright (c) Microsoft Corporation); the page has no Trusted Types policy, so none is made.
 */
import { editor } from 'monaco-editor/editor';

interface WorkerOptions {
  moduleId: string;
  label?: string;
  createData?: unknown;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- Monaco's own type
  host?: Record<string, Function>;
  keepIdleModels?: boolean;
  createWorker?: () => Worker;
}

interface MonacoEnvironmentLike {
  getWorker?: (workerId: string, label: string) => Worker | Promise<Worker>;
  getWorkerUrl?: (workerId: string, label: string) => string;
}

function getWorker(label: string, createWorker?: () => Worker): Worker | Promise<Worker> {
  const env = (globalThis as { MonacoEnvironment?: MonacoEnvironmentLike }).MonacoEnvironment;
  if (env?.getWorker) return env.getWorker('workerMain.js', label);
  if (env?.getWorkerUrl)
    return new Worker(env.getWorkerUrl('workerMain.js', label), { name: label, type: 'module' });
  if (createWorker) return createWorker();
  throw new Error('You must define a function MonacoEnvironment.getWorkerUrl or MonacoEnvironment.getWorker');
}

export function createWebWorker<T extends object>(opts: WorkerOptions): editor.MonacoWebWorker<T> {
  const worker = Promise.resolve(getWorker(opts.label ?? 'monaco-editor-worker', opts.createWorker)).then(
    (w) => {
      w.postMessage('ignore');
      w.postMessage(opts.createData);
      return w;
    },
  );
  return editor.createWebWorker<T>({
    worker,
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.keepIdleModels !== undefined ? { keepIdleModels: opts.keepIdleModels } : {}),
  });
}
