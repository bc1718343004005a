import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface TextRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `mapping.FilterCriteria.Filters[0].Pattern` → ['mapping', 'FilterCriteria', 'Filters', 0, 'Pattern']. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out.filter((s) => s !== '');
}

/**
 * Where an engine error path (`produce[1].count`) sits in the YAML text: the deepest node on the path
 * that exists. For a key with a one-line value that is the whole `key: value`; for a key whose value
 * spans lines, just the key's line; for a missing key, the nearest ancestor that is there.
 */
export function locatePath(doc: Document, lines: LineCounter, path: string): TextRange | null {
  let node: unknown = doc.contents;
  let range: [number, number] | null = null;
  for (const segment of pathSegments(path)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      const key = pair.key.range;
      const value = (pair.value as Node | null)?.range;
      const sameLine = value && lines.linePos(value[1]).line === lines.linePos(key[0]).line;
      range = [key[0], sameLine ? value[1] : key[1]];
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) break;
      const firstLineEnd = Math.min(item.range[1], textLineEnd(lines, item.range[0]));
      range = [item.range[0], firstLineEnd];
      node = item;
    } else break;
  }
  if (!range) return null;
  const start = lines.linePos(range[0]);
  const end = lines.linePos(Math.max(range[0], range[1]));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

function textLineEnd(lines: LineCounter, offset: number): number {
  const { line } = lines.linePos(offset);
  const next = lines.lineStarts[line];
  return next === undefined ? Number.MAX_SAFE_INTEGER : next - 1;
}
