/* eslint-disable @typescript-eslint/no-explicit-any -- runs inside the opaque-origin iframe */
/**
 * The sandbox iframe's only script (sandbox="allow-scripts", opaque origin). It owns the handler's
 * worker: creates it from a blob URL, relays one invocation at a time, and is the kill switch: an
 * invocation that has not answered within the real-time budget gets its worker terminated (and a
 * fresh one next time), reported as `killed` (architecture habit 8: the simulated Lambda timeout is
 * virtual and separate). It never runs handler code itself, so its thread stays free to do this.
 *
 * It accepts messages only from its parent window and answers only with protocol messages built
 * here, so whatever the worker sends, the page receives the protocol shape (protocol.ts).
 *
 * Self-contained: its source text is embedded in the iframe document (sandboxDocument.ts).
 */
export function iframeMain(win: any, workerSource: string): void {
  const parent = win.parent;
  const url = win.URL.createObjectURL(new win.Blob([workerSource], { type: 'text/javascript' }));
  let worker: any = null;
  let generation = 0;
  let config: { code: string; seed: number; budgetMs: number } | null = null;
  let pending: { id: number; timer: number } | null = null;

  const reply = (m: Record<string, unknown>) => parent.postMessage({ type: 'result', ...m }, '*');
  const kill = () => {
    if (worker) worker.terminate();
    worker = null;
    generation++;
  };
  const finishKilled = (message: string) => {
    if (!pending) return;
    const id = pending.id;
    win.clearTimeout(pending.timer);
    pending = null;
    kill();
    reply({
      id,
      outcome: 'killed',
      value: null,
      error: { name: 'Killed', message, line: null, column: null },
      logs: [],
      virtualMs: 0,
    });
  };
  const BOOT_LIMIT_MS = 20_000;
  const armKillSwitch = (budget: number) =>
    win.setTimeout(
      () =>
        finishKilled(
          `Killed after ${budget} ms of real time: the handler never yielded (an endless loop or a memory bomb?).`,
        ),
      budget,
    );
  const spawn = () => {
    worker = new win.Worker(url);
    worker.onmessage = (e: any) => {
      const d = e.data;
      if (!pending || !d || d.id !== pending.id) return;
      if (d.type === 'started') {
        win.clearTimeout(pending.timer);
        pending.timer = armKillSwitch(config!.budgetMs);
        return;
      }
      if (d.type !== 'done') return;
      win.clearTimeout(pending.timer);
      pending = null;
      if (d.recycle === true) kill();
      reply({
        id: d.id,
        outcome: d.outcome,
        value: d.value,
        error: d.error,
        logs: d.logs,
        virtualMs: d.virtualMs,
      });
    };
    worker.onerror = (e: any) => {
      e.preventDefault();
      finishKilled(`The handler's worker crashed: ${e.message || 'unknown error'}`);
    };
    worker.postMessage({ type: 'init', code: config!.code, seed: (config!.seed + generation) >>> 0 });
  };

  win.addEventListener('message', (e: any) => {
    const m = e.data;
    if (e.source !== parent || !m || typeof m !== 'object') return;
    if (m.type === 'configure' && typeof m.code === 'string' && Number.isFinite(m.seed) && m.budgetMs > 0) {
      if (pending) finishKilled('Superseded by a new run.');
      kill();
      generation = 0;
      config = { code: m.code, seed: m.seed, budgetMs: m.budgetMs };
    } else if (m.type === 'invoke' && config && !pending && Number.isInteger(m.id) && m.context) {
      if (!worker) spawn();
      // Until the worker says it has started the handler, only a generous boot limit applies.
      pending = { id: m.id, timer: 0 };
      pending.timer = win.setTimeout(() => finishKilled('The handler sandbox did not start.'), BOOT_LIMIT_MS);
      worker.postMessage({ type: 'invoke', id: m.id, event: m.event, context: m.context });
    }
  });
  parent.postMessage({ type: 'ready' }, '*');
}
