import { useRef, useState } from 'preact/hooks';
import type { LoadedScenario } from '../../src/engine/index.ts';
import type { SandboxHost } from '../sandbox/SandboxHost.ts';
import type * as RunKit from '../run/runKit.ts';
import type { EditorMarker } from '../editor/EditorSurface.ts';
import type { HandlerLanguage } from '../state/PlaygroundState.ts';
import { loadEditorKit } from './loadEditorKit.ts';
import type { RunView } from './RunView.ts';

export interface RunRequest {
  handler: string;
  language: HandlerLanguage;
  /** one loaded scenario per pane: A, and B in Compare */
  scenarios: LoadedScenario[];
}

/**
 * Compiles the handler (Monaco's TypeScript worker) and runs each scenario in turn through the
 * sandbox, one invocation at a time. Keeps one sandbox for the page; Stop aborts between invocations.
 */
export function useRunner(sandboxParent: { current: HTMLElement | null }) {
  const [views, setViews] = useState<RunView[]>([{ status: 'idle' }]);
  const [running, setRunning] = useState(false);
  const [compileMarkers, setCompileMarkers] = useState<EditorMarker[]>([]);
  const host = useRef<SandboxHost | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = async (req: RunRequest) => {
    if (running || !sandboxParent.current) return;
    setRunning(true);
    const controller = new AbortController();
    abort.current = controller;
    const next: RunView[] = req.scenarios.map(() => ({ status: 'idle' }));
    const show = (i: number, v: RunView) => {
      next[i] = v;
      setViews([...next]);
    };
    let run: typeof RunKit | null = null;
    try {
      show(0, { status: 'running', invocation: 0 });
      const [kit, runKit] = await Promise.all([loadEditorKit(), import('../run/runKit.ts')]);
      run = runKit;
      const compiled = await kit.compileHandler(req.handler, req.language);
      setCompileMarkers(
        compiled.errors.map((e) => ({
          line: e.line,
          column: e.column,
          message: e.message,
          severity: 'error',
        })),
      );
      if (!compiled.code) {
        show(0, {
          status: 'failed',
          message: `The handler does not compile: ${compiled.errors[0]?.message ?? ''}`,
        });
        return;
      }
      host.current ??= new runKit.SandboxHost(sandboxParent.current);
      for (const [i, loaded] of req.scenarios.entries()) {
        show(i, { status: 'running', invocation: 0 });
        const result = await runKit.runPlayground({
          loaded,
          code: compiled.code,
          sourceMap: compiled.sourceMap,
          host: host.current,
          signal: controller.signal,
          onInvocation: (n) => {
            if (n % 10 === 1) show(i, { status: 'running', invocation: n });
          },
        });
        show(i, { status: 'done', result, card: runKit.scorecard(result.run) });
      }
    } catch (e) {
      const i = Math.max(
        0,
        next.findIndex((v) => v.status === 'running'),
      );
      show(i, {
        status: 'failed',
        message: run && e instanceof run.RunStopped ? 'Stopped.' : `The run failed: ${String(e)}`,
      });
    } finally {
      setRunning(false);
      abort.current = null;
    }
  };
  const stop = () => abort.current?.abort();
  return { views, running, compileMarkers, run: start, stop };
}
