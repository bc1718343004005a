/**
 * A HandlerPort that runs a handler module (`function.handler`) in a Node worker thread, like a warm
 * Lambda execution environment: the module is loaded once and reused until an invocation times out or
 * crashes; the next invocation then loads it afresh (scenario spec §3). A real-time kill switch
 * (`worker.terminate()`) turns `while (true) {}` into a timeout instead of a hung command.
 *
 * Time and randomness are the playground sandbox's: each invocation's clock starts at the scenario's
 * `start` plus the engine's `t`, timers run in virtual time (one due after the function timeout is a
 * timeout), and each fresh environment's `Math.random` is seeded with the scenario's seed plus the
 * number of environments before it (playground/sandbox/iframeMain.ts), so a scenario and seed give the
 * same result in the CLI, in the browser and on every run.
 */
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { HandlerAnswer, HandlerPort, HandlerRequest } from '../engine/index.ts';
import { installSeededRandom } from '../sandbox/installSeededRandom.ts';
import { installVirtualTime } from '../sandbox/installVirtualTime.ts';
import type { InvokeMessage, WorkerMessage, WorkerSetup } from './handlerProtocol.ts';

/** The CLI never waits longer than this for one invocation, whatever `function.timeout` says. */
export const REAL_TIME_CAP_MS = 5000;
/**
 * How long a module may take to import, in real time and in its timers' virtual time (Lambda's init
 * phase is limited to 10 s).
 */
const INIT_TIMEOUT_MS = 10_000;

export interface WorkerHandlerOptions {
  /** absolute path of the handler module */
  modulePath: string;
  /** the scenario's `seed` */
  seed: number;
  /** virtual epoch ms of scenario time 0 (the scenario's `start`) */
  startEpochMs: number;
  /** the most real time one invocation may take before it is killed as a timeout */
  realTimeCapMs?: number;
}

export interface WorkerHandler extends HandlerPort {
  /** Loads the module; resolves to null when it is ready, or to why it cannot be used. */
  load(): Promise<string | null>;
  /** Stops the worker thread (the CLI calls it when the run ends). */
  close(): Promise<void>;
}

interface Environment {
  worker: Worker;
  loaded: Promise<string | null>;
  /** the answer of the invocation in progress, settled by a message, a crash or the kill switch */
  settle: ((answer: HandlerAnswer) => void) | null;
  logs: string[];
}

export function createWorkerHandler(options: WorkerHandlerOptions): WorkerHandler {
  const capMs = options.realTimeCapMs ?? REAL_TIME_CAP_MS;
  const moduleUrl = pathToFileURL(options.modulePath).href;
  let environment: Environment | null = null;
  let generation = 0;

  const discard = (env: Environment): void => {
    if (environment === env) environment = null;
  };
  /** `loadEpochMs`: the virtual instant of the cold start, when the module's top level runs */
  const current = (loadEpochMs: number): Environment =>
    (environment ??= startEnvironment(
      {
        moduleUrl,
        seed: (options.seed + generation++) >>> 0,
        loadEpochMs,
        initTimeoutMs: INIT_TIMEOUT_MS,
        installVirtualTime: installVirtualTime.toString(),
        installSeededRandom: installSeededRandom.toString(),
      },
      discard,
    ));

  return {
    // The CLI loads the module before the run (a load error is exit 2), at the scenario's `start`.
    load: () => current(options.startEpochMs).loaded,
    async invoke(request: HandlerRequest): Promise<HandlerAnswer> {
      const nowEpochMs = options.startEpochMs + request.t;
      const env = current(nowEpochMs);
      const loadError = await env.loaded;
      if (loadError) {
        discard(env);
        return { kind: 'error', message: `the handler module ${loadError}` };
      }
      return new Promise<HandlerAnswer>((resolve) => {
        const timer = setTimeout(
          () => {
            // The kill switch: a runaway handler is stopped and the environment discarded (cold next time).
            discard(env);
            void env.worker.terminate();
            finish({ kind: 'timeout' });
          },
          Math.min(request.timeoutMs, capMs),
        );
        const finish = (answer: HandlerAnswer): void => {
          clearTimeout(timer);
          env.settle = null;
          // Output printed while the module loaded (a cold start) belongs to the first invocation after it.
          const logs = env.logs;
          env.logs = [];
          resolve(logs.length > 0 ? { ...answer, logs } : answer);
        };
        env.settle = finish;
        const message: InvokeMessage = {
          type: 'invoke',
          id: request.invocation,
          event: request.event,
          timeoutMs: request.timeoutMs,
          nowEpochMs,
        };
        env.worker.postMessage(message);
      });
    },
    async close() {
      const env = environment;
      environment = null;
      if (env) await env.worker.terminate();
    },
  };
}

function startEnvironment(setup: WorkerSetup, discard: (env: Environment) => void): Environment {
  // stdout/stderr: true keeps the handler's direct writes off the CLI's stdout (one JSON document).
  const worker = new Worker(new URL('./handlerWorker.mjs', import.meta.url), {
    workerData: setup,
    stdout: true,
    stderr: true,
  });
  let resolveLoaded: (error: string | null) => void = () => {};
  const env: Environment = {
    worker,
    loaded: new Promise((resolve) => (resolveLoaded = resolve)),
    settle: null,
    logs: [],
  };
  // A module that never finishes importing (top-level loop or await) must not hang the command either;
  // Lambda gives the init phase 10 s.
  const giveUpLoading = (): void => {
    markLoaded(`did not finish loading within ${INIT_TIMEOUT_MS / 1000} s (Lambda's init phase limit)`);
    discard(env);
    void worker.terminate();
  };
  const initTimer = setTimeout(giveUpLoading, INIT_TIMEOUT_MS);
  const markLoaded = (error: string | null): void => {
    clearTimeout(initTimer);
    resolveLoaded(error);
  };
  // Direct writes (process.stdout.write) are logs too; console.* is captured inside the worker already.
  for (const stream of [worker.stdout, worker.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => env.logs.push(...chunk.split('\n').filter((line) => line !== '')));
  }
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'loaded') markLoaded(null);
    else if (message.type === 'load-error') markLoaded(message.message);
    else if (message.type === 'load-timeout') giveUpLoading();
    else if (message.type === 'log') env.logs.push(message.line);
    else if (message.type === 'return') env.settle?.({ kind: 'return', value: message.value });
    else if (message.type === 'error') env.settle?.(errorAnswer(message.message, message.line));
    else if (message.type === 'timeout') {
      // A virtual timeout ends the execution environment, as the real-time kill switch does.
      discard(env);
      env.settle?.({ kind: 'timeout' });
      void worker.terminate();
    }
  });
  const crash = (reason: string): void => {
    // A crash (uncaught exception, process.exit) ends this execution environment (Lambda: Runtime.ExitError).
    discard(env);
    markLoaded(`crashed while loading: ${reason}`);
    env.settle?.({ kind: 'error', message: `Runtime.ExitError: ${reason}` });
  };
  worker.on('error', (error) =>
    crash(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  );
  worker.on('exit', (code) => crash(`the handler exited (code ${code})`));
  return env;
}

function errorAnswer(message: string, line: number | undefined): HandlerAnswer {
  return line === undefined ? { kind: 'error', message } : { kind: 'error', message, line };
}
