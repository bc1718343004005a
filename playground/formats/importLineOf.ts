/**
 * Where a validation error belongs in the text the mapping was imported from: the line of its member,
 * or of the nearest parent that is there (a member the import filled in has no line of its own).
 *
 * @example
 * importLineOf('mapping.ProvisionedPollerConfig.MaximumPollers', result.lines) // → 42
 */
export function importLineOf(
  errorPath: string,
  lines: Readonly<Record<string, number>>,
  prefix = 'mapping',
): number | undefined {
  let path = errorPath.startsWith(`${prefix}.`) ? errorPath.slice(prefix.length + 1) : errorPath;
  while (path) {
    const line = Object.hasOwn(lines, path) ? lines[path] : undefined;
    if (line !== undefined) return line;
    path = path.replace(/(\[\d+\]|\.[^.[\]]+|^[^.[\]]+)$/, '');
  }
  return undefined;
}
