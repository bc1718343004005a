import { parseSandboxMessage } from './protocol.ts';
import type { HostMessage, InvokeContext, ResultMessage } from './protocol.ts';
import { sandboxDocument } from './sandboxDocument.ts';

export interface SandboxConfig {
  code: string;
  seed: number;
  budgetMs: number;
}

/** How long past the iframe's own limits (kill switch, worker boot) the page waits before replacing the iframe. */
const WATCHDOG_GRACE_MS = 25_000;

/**
 * The page's side of the handler sandbox: one hidden `sandbox="allow-scripts"` iframe (opaque
 * origin, never `allow-same-origin`) whose document comes from `srcdoc`; inside it, the worker that
 * runs the handler. One invocation at a time. If the iframe itself stops answering (its kill switch
 * failed or its process died), a page-side watchdog replaces the iframe and reports `killed`.
 */
export class SandboxHost {
  #container: HTMLElement;
  #frame: HTMLIFrameElement | null = null;
  #ready: Promise<void> | null = null;
  #config: SandboxConfig | null = null;
  #nextId = 1;
  #waiting = new Map<number, (r: ResultMessage) => void>();
  #onMessage = (e: MessageEvent) => this.#receive(e);

  constructor(container: HTMLElement) {
    this.#container = container;
    window.addEventListener('message', this.#onMessage);
  }

  /** Loads new handler code; the next invocation is a cold start with a fresh, seeded worker. */
  async configure(config: SandboxConfig): Promise<void> {
    this.#config = config;
    await this.#ensureFrame();
    this.#send({ type: 'configure', ...config });
  }

  /** Runs one invocation with the given Kafka event; always resolves (never rejects on handler errors). */
  async invoke(event: unknown, context: InvokeContext): Promise<ResultMessage> {
    const config = this.#config;
    if (!config) throw new Error('SandboxHost.invoke before configure');
    await this.#ensureFrame();
    const id = this.#nextId++;
    return new Promise<ResultMessage>((resolve) => {
      const watchdog = window.setTimeout(() => {
        this.#waiting.delete(id);
        this.#replaceFrame();
        resolve({
          type: 'result',
          id,
          outcome: 'killed',
          value: null,
          error: {
            name: 'Killed',
            message: 'The sandbox stopped answering and was replaced.',
            line: null,
            column: null,
          },
          logs: [],
          virtualMs: 0,
        });
      }, config.budgetMs + WATCHDOG_GRACE_MS);
      this.#waiting.set(id, (r) => {
        window.clearTimeout(watchdog);
        resolve(r);
      });
      this.#send({ type: 'invoke', id, event, context });
    });
  }

  dispose(): void {
    window.removeEventListener('message', this.#onMessage);
    this.#frame?.remove();
    this.#frame = null;
    this.#ready = null;
  }

  #send(m: HostMessage): void {
    this.#frame?.contentWindow?.postMessage(m, '*');
  }

  #receive(e: MessageEvent): void {
    if (!this.#frame || e.source !== this.#frame.contentWindow) return;
    const m = parseSandboxMessage(e.data);
    if (!m) return;
    if (m.type === 'ready') this.#markReady?.();
    else {
      const done = this.#waiting.get(m.id);
      this.#waiting.delete(m.id);
      done?.(m);
    }
  }

  #markReady: (() => void) | null = null;

  #ensureFrame(): Promise<void> {
    if (this.#ready) return this.#ready;
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'Handler sandbox (runs your code isolated from this page)';
    frame.hidden = true;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    this.#ready = new Promise<void>((resolve) => {
      this.#markReady = () => {
        this.#markReady = null;
        resolve();
      };
    });
    frame.srcdoc = sandboxDocument();
    this.#frame = frame;
    this.#container.append(frame);
    return this.#ready;
  }

  #replaceFrame(): void {
    this.#frame?.remove();
    this.#frame = null;
    this.#ready = null;
    const config = this.#config;
    if (config) void this.configure(config);
  }
}
