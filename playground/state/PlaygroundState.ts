/**
 * Everything the playground holds, as one plain value: what a permalink carries and what autosave
 * keeps. Version 1; a future shape gets a new `v` and a migration in `parseState`.
 */
export type HandlerLanguage = 'typescript' | 'javascript';

export interface PlaygroundState {
  v: 1;
  language: HandlerLanguage;
  handler: string;
  /** the scenario file (YAML) */
  scenario: string;
  /** Compare: mapping B as YAML (CreateEventSourceMapping members); null = compare off */
  mappingB: string | null;
}

/** Limits that keep a hostile permalink from holding the page hostage. */
export const MAX_TEXT_CHARS = 100_000;

const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_TEXT_CHARS;

/**
 * Checks an untrusted value (decoded permalink, local storage) member by member; anything else is
 * refused with a reason. Unknown members are dropped, never trusted.
 */
export function parseState(x: unknown): { ok: true; state: PlaygroundState } | { ok: false; reason: string } {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return { ok: false, reason: 'not an object' };
  const o = x as Record<string, unknown>;
  if (o.v !== 1) return { ok: false, reason: `unknown version ${JSON.stringify(o.v)?.slice(0, 20)}` };
  if (o.language !== 'typescript' && o.language !== 'javascript')
    return { ok: false, reason: 'bad language' };
  if (!isText(o.handler)) return { ok: false, reason: 'bad handler text' };
  if (!isText(o.scenario)) return { ok: false, reason: 'bad scenario text' };
  if (o.mappingB !== null && !isText(o.mappingB)) return { ok: false, reason: 'bad mapping B text' };
  return {
    ok: true,
    state: { v: 1, language: o.language, handler: o.handler, scenario: o.scenario, mappingB: o.mappingB },
  };
}
