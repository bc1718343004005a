import { iframeMain } from './iframeMain.ts';
import { workerSource } from './workerSource.ts';

/**
 * The CSP of the sandbox document, a second wall behind `removeCapabilities`: no network
 * (`connect-src 'none'`), no images, frames or forms; inline script for the relay, blob: for the
 * worker (which inherits this policy), and eval for loading the handler module.
 */
export const SANDBOX_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; connect-src 'none'";

/** The `srcdoc` of the sandbox iframe: the CSP plus the relay script with the worker source inlined. */
export function sandboxDocument(): string {
  const script = `(${iframeMain.toString()})(window, ${JSON.stringify(workerSource())});`.replace(
    /<\/script/gi,
    '<\\/script',
  );
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}"><title>Handler sandbox</title></head><body><script>${script}</script></body></html>`;
}
