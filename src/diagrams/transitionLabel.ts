/**
 * The words on a statechart arrow: the event as the machine names it (`batch.ready`), XState's
 * internal events in plain words (`after 500ms`, `done: invokeFunction`), and the guard in brackets.
 */

/** A guard as XState v5 stores it: a name, `{ type }`, or a function (inline or and/or/not). */
export type GuardLike = string | { type: string } | ((...args: never[]) => unknown) | undefined;

export function eventLabel(eventType: string): string {
  if (eventType === '') return 'always';
  if (eventType === '*') return 'any event';
  const after = /^xstate\.after\.([^.]+)\./.exec(eventType);
  if (after) return /^\d+$/.test(after[1]!) ? `after ${after[1]}ms` : `after ${after[1]}`;
  const actor = /^xstate\.(done|error)\.actor\.(.+)$/.exec(eventType);
  if (actor) return `${actor[1]}: ${actor[2]}`;
  if (eventType.startsWith('xstate.done.state.')) return 'done';
  return eventType;
}

export function guardLabel(guard: GuardLike): string | undefined {
  if (guard === undefined) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object') return guard.type;
  // and()/or()/not() keep their operands in `.guards` (xstate/src/guards.ts).
  const composed = (guard as { guards?: GuardLike[] }).guards;
  if (composed) {
    const parts = composed.map((g) => guardLabel(g) ?? '?');
    if (guard.name === 'not') return `!${wrap(parts[0]!)}`;
    return parts.map(wrap).join(guard.name === 'and' ? ' && ' : ' || ');
  }
  return guard.name && guard.name !== 'guard' ? guard.name : 'inline guard';
}

export function transitionLabel(eventType: string, guard: GuardLike): string {
  const g = guardLabel(guard);
  return mermaidText(g ? `${eventLabel(eventType)} [${g}]` : eventLabel(eventType));
}

function wrap(part: string): string {
  return /\s/.test(part) ? `(${part})` : part;
}

/** Mermaid ends a label at `;` and reads `#…;` as an entity (a second `:` is fine, it is kept). */
export function mermaidText(text: string): string {
  return text.replace(/[;#]/g, ',').replace(/\s+/g, ' ').trim();
}
