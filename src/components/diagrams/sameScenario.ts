/**
 * Whether two scenario inputs are the same data (key order aside). An embed's query may repeat the
 * scenario's own knob values (`?BatchSize=5` on a preset with BatchSize 5); then the published run is
 * already the engine's answer and the engine need not load. Any difference, even a member written out
 * with its default value, counts: the engine, not this check, decides what a default means.
 */
export function sameScenario(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((key) => Object.hasOwn(y, key) && sameScenario(x[key], y[key]));
}
