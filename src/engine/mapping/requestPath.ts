/**
 * Paths into a request: `segments` such as ['FilterCriteria', 'Filters', 0, 'Pattern'] are shown as
 * `mapping.FilterCriteria.Filters[0].Pattern` to users, as `filterCriteria.filters.1.member.pattern`
 * inside AWS-style messages, and as `FilterCriteria.Filters[].Pattern` to look up the rule table.
 */
export type Segment = string | number;

/** `mapping.FilterCriteria.Filters[0].Pattern` (prefix '' gives `FilterCriteria.Filters[0].Pattern`). */
export function displayPath(prefix: string, segments: readonly Segment[]): string {
  let out = prefix;
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

/** AWS model-validation style: camelCase members, list items as `.N.member` (1-based). */
export function awsPath(segments: readonly Segment[]): string {
  return segments
    .map((s) => (typeof s === 'number' ? `${s + 1}.member` : s.charAt(0).toLowerCase() + s.slice(1)))
    .join('.');
}

/** The rule-table path: list indexes become `[]`. */
export function rulePath(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += '[]';
    else out += out ? `.${s}` : s;
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` (dotted, no lists), or undefined. */
export function valueAt(request: Record<string, unknown>, path: string): unknown {
  let node: unknown = request;
  for (const key of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}
