/**
 * Request paths as the validator prints them (`DestinationConfig.OnFailure.Destination`, `Topics[0]`),
 * read and written on plain objects.
 */
export type PathSegment = string | number;

export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    out.push(part.startsWith('[') ? Number(part.slice(1, -1)) : part);
  }
  return out;
}

export function joinPath(base: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${base}[${segment}]`;
  return base ? `${base}.${segment}` : segment;
}

export function getAt(root: unknown, path: string): unknown {
  let node = root;
  for (const segment of parsePath(path)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/** Sets `value` at `path` when every parent exists; returns whether it did. */
export function setAt(root: unknown, path: string, value: unknown): boolean {
  const segments = parsePath(path);
  const last = segments.pop();
  let parent = root;
  for (const segment of segments) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<PathSegment, unknown>)[segment];
  }
  if (last === undefined || typeof parent !== 'object' || parent === null) return false;
  setOwn(parent as Record<PathSegment, unknown>, last, value);
  return true;
}

/** Every path in `value`, parents before children. */
export function allPaths(value: unknown, base = ''): string[] {
  const out: string[] = [];
  const entries: [PathSegment, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  for (const [key, child] of entries) {
    const path = joinPath(base, key);
    out.push(path, ...allPaths(child, path));
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `obj[key] = value` that also works for a key named `__proto__` (which assignment would turn into a
 * prototype change): imported text chooses the keys.
 */
export function setOwn(obj: object, key: PathSegment, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}
