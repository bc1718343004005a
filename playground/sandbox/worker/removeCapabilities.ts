/* eslint-disable @typescript-eslint/no-explicit-any -- rewires a foreign global scope */
/**
 * Takes away everything a handler could use to leave the sandbox or to break determinism: network,
 * code loading, storage, other threads, and the sandbox's own message channel. Each name becomes a
 * getter that throws a message saying why, so a handler that tries one ends as a function error
 * with a readable reason instead of a bare ReferenceError. The iframe's CSP (`connect-src 'none'`)
 * stays as a second wall behind this one.
 *
 * Self-contained: shipped into the sandbox worker as source text.
 */
export function removeCapabilities(scope: any): void {
  const reasons: Record<string, string> = {
    network: 'the playground runs handlers without network so every run is reproducible',
    code: 'the playground runs one file; paste what you need into the handler',
    storage: 'there is no storage here; keep state in module scope, as a warm Lambda would',
    page: 'the handler runs in an isolated worker with no page to reach',
    thread: 'the handler gets one thread, like one Lambda invocation',
    sandbox: 'it is reserved for the sandbox itself',
  };
  const blocked: Record<string, string> = {
    fetch: 'network',
    XMLHttpRequest: 'network',
    WebSocket: 'network',
    WebSocketStream: 'network',
    EventSource: 'network',
    WebTransport: 'network',
    importScripts: 'code',
    indexedDB: 'storage',
    caches: 'storage',
    localStorage: 'storage',
    sessionStorage: 'storage',
    document: 'page',
    window: 'page',
    parent: 'page',
    top: 'page',
    opener: 'page',
    frames: 'page',
    location: 'page',
    requestAnimationFrame: 'page',
    Worker: 'thread',
    SharedWorker: 'thread',
    BroadcastChannel: 'thread',
    postMessage: 'sandbox',
    close: 'sandbox',
    onmessage: 'sandbox',
  };
  for (const [name, kind] of Object.entries(blocked)) {
    for (let o = scope; o; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, name);
      if (d && d.configurable) delete o[name];
    }
    const message = `${name} is not available in the playground sandbox: ${reasons[kind]}.`;
    Object.defineProperty(scope, name, {
      configurable: false,
      get() {
        throw new Error(message);
      },
      set() {
        throw new Error(message);
      },
    });
  }
  const nav = scope.navigator;
  for (let o = nav; o; o = Object.getPrototypeOf(o)) {
    for (const name of ['storage', 'serviceWorker', 'sendBeacon']) {
      const d = Object.getOwnPropertyDescriptor(o, name);
      if (d && d.configurable) delete o[name];
    }
  }
}
