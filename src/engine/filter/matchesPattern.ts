/**
 * The AWS event-filtering pattern language (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html):
 * an object pattern ANDs its keys; a list of matchers ORs them; matchers are exact values, `prefix`,
 * `suffix`, `equals-ignore-case`, `wildcard`, `numeric`, `exists` and `anything-but`; `$or` ORs whole
 * sub-patterns. When the event field is an array, any element may match (AWS's rule).
 *
 * @example matchesPattern({ value: { type: ['order'] } }, { value: { type: 'order' } }) // true
 */
export function matchesPattern(pattern: unknown, event: unknown): boolean {
  if (!isObject(pattern)) return false;
  for (const [key, sub] of Object.entries(pattern)) {
    if (key === '$or') {
      if (!Array.isArray(sub) || !sub.some((alt) => matchesPattern(alt, event))) return false;
      continue;
    }
    const present = isObject(event) && Object.prototype.hasOwnProperty.call(event, key);
    const field = present ? (event as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(sub)) {
      if (!sub.some((m) => matchesField(m, field, present))) return false;
    } else if (isObject(sub)) {
      if (!present || !matchesPattern(sub, field)) return false;
    } else return false;
  }
  return true;
}

function matchesField(matcher: unknown, field: unknown, present: boolean): boolean {
  if (isObject(matcher) && 'exists' in matcher) return matcher['exists'] === present;
  if (!present) return false;
  const values = Array.isArray(field) ? field : [field];
  return values.some((v) => matchesValue(matcher, v));
}

function matchesValue(matcher: unknown, v: unknown): boolean {
  if (!isObject(matcher)) return matcher === v;
  const [op, arg] = Object.entries(matcher)[0] ?? [];
  switch (op) {
    case 'prefix':
      return typeof v === 'string' && typeof arg === 'string' && v.startsWith(arg);
    case 'suffix':
      return typeof v === 'string' && typeof arg === 'string' && v.endsWith(arg);
    case 'equals-ignore-case':
      return typeof v === 'string' && typeof arg === 'string' && v.toLowerCase() === arg.toLowerCase();
    case 'wildcard':
      return typeof v === 'string' && typeof arg === 'string' && wildcardRegExp(arg).test(v);
    case 'numeric':
      return typeof v === 'number' && Array.isArray(arg) && matchesNumeric(arg, v);
    case 'anything-but':
      return !anythingBut(arg, v);
    default:
      return false;
  }
}

/** True when `v` is among the excluded values of an `anything-but` matcher. */
function anythingBut(arg: unknown, v: unknown): boolean {
  if (Array.isArray(arg)) return arg.some((a) => a === v);
  if (isObject(arg)) return matchesValue(arg, v);
  return arg === v;
}

function matchesNumeric(conditions: unknown[], v: number): boolean {
  for (let i = 0; i + 1 < conditions.length; i += 2) {
    const op = conditions[i];
    const n = conditions[i + 1];
    if (typeof n !== 'number') return false;
    const ok =
      op === '='
        ? v === n
        : op === '<'
          ? v < n
          : op === '<='
            ? v <= n
            : op === '>'
              ? v > n
              : op === '>='
                ? v >= n
                : false;
    if (!ok) return false;
  }
  return conditions.length >= 2;
}

function wildcardRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 's');
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
