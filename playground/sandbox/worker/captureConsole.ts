/* eslint-disable @typescript-eslint/no-explicit-any -- rewires a foreign global scope */
/**
 * Routes the handler's `console` into a per-invocation buffer (shown beside the invocation), with
 * caps so a logging loop cannot flood the page. Self-contained: shipped into the worker as source.
 */
export interface ConsoleCapture {
  /** returns the lines logged since the last call and starts a new buffer */
  take(): string[];
}

export function captureConsole(scope: any, maxLines: number, maxChars: number): ConsoleCapture {
  let lines: string[] = [];
  let dropped = 0;
  const show = (x: unknown): string => {
    if (typeof x === 'string') return x;
    if (x instanceof Error) return `${x.name}: ${x.message}`;
    if (typeof x === 'bigint') return `${x}n`;
    if (typeof x === 'function' || typeof x === 'symbol' || x === undefined) return String(x);
    try {
      return JSON.stringify(x) ?? String(x);
    } catch {
      return String(x);
    }
  };
  const levels: Record<string, string> = {
    log: '',
    info: '',
    debug: '',
    trace: '',
    dir: '',
    table: '',
    warn: 'WARN ',
    error: 'ERROR ',
  };
  const replacement: Record<string, (...args: unknown[]) => void> = {};
  for (const [method, prefix] of Object.entries(levels)) {
    replacement[method] = (...args: unknown[]) => {
      if (lines.length >= maxLines) {
        dropped++;
        return;
      }
      const text = prefix + args.map(show).join(' ');
      lines.push(text.length > maxChars ? `${text.slice(0, maxChars)}… (${text.length} chars)` : text);
    };
  }
  scope.console = replacement;
  return {
    take() {
      const out = dropped ? [...lines, `… ${dropped} more lines not shown`] : lines;
      lines = [];
      dropped = 0;
      return out;
    },
  };
}
