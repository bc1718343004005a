/**
 * Inline overrides on top of a preset: objects merge member by member, anything else (lists,
 * strings, numbers) replaces; `null` removes a member. `{ mapping: { BatchSize: 5 } }` changes one
 * mapping member and keeps the rest of the preset.
 */
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergeScenario(base: unknown, overrides: unknown): unknown {
  if (!isObject(base) || !isObject(overrides)) return overrides === undefined ? base : overrides;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete out[key];
    else out[key] = isObject(value) && isObject(out[key]) ? mergeScenario(out[key], value) : value;
  }
  return out;
}
