const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map VLQ segment into its numbers. */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    if (digit < 0) return out;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Maps lines of the emitted JavaScript back to the handler's source lines, from the source map that
 * Monaco's TypeScript worker emits beside the JavaScript (`sourceMap: true`). Only lines matter here:
 * a runtime error is shown as a marker on the editor line that threw.
 * @example sourceLineMap(map)(3) // 5: emitted line 3 came from source line 5 (both 1-based)
 */
export function sourceLineMap(sourceMapJson: string): (emittedLine: number) => number | null {
  let mappings = '';
  try {
    const parsed: unknown = JSON.parse(sourceMapJson);
    if (
      typeof parsed === 'object' &&
      parsed &&
      typeof (parsed as { mappings?: unknown }).mappings === 'string'
    ) {
      mappings = (parsed as { mappings: string }).mappings;
    }
  } catch {
    return () => null;
  }
  const lines: (number | null)[] = [];
  let sourceLine = 0;
  for (const line of mappings.split(';')) {
    let first: number | null = null;
    for (const segment of line.split(',')) {
      const fields = decodeSegment(segment);
      if (fields.length >= 4) {
        sourceLine += fields[2]!;
        first ??= sourceLine;
      }
    }
    lines.push(first === null ? null : first + 1);
  }
  return (emittedLine) => lines[emittedLine - 1] ?? null;
}
