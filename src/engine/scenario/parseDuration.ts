import { parsed, refused, show, type Parsed } from './Parsed.ts';

/** Milliseconds per unit of a duration string (scenario spec §2). */
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;

export interface DurationOptions {
  /** accept "infinite" (returned as null), e.g. for topic.retention */
  infinite?: boolean;
}

/**
 * Reads a duration: a number of milliseconds or a string with a unit (`250ms`, `30s`, `5m`, `2h`, `8d`).
 * Negative, fractional-millisecond and unit-less strings are refused.
 * @example parseDuration('5m') // { ok: true, value: 300000 }
 */
export function parseDuration(input: unknown, options: DurationOptions = {}): Parsed<number | null> {
  const expected = `a duration such as 250ms, 30s, 5m, 2h or 8d${options.infinite ? ', or "infinite"' : ''}`;
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return refused(`expected ${expected}, got ${show(input)}`);
    if (!Number.isInteger(input)) return refused(`a number of milliseconds must be whole, got ${input}`);
    return parsed(input);
  }
  if (typeof input !== 'string') return refused(`expected ${expected}, got ${show(input)}`);
  const text = input.trim();
  if (text === 'infinite' && options.infinite) return parsed(null);
  const match = DURATION.exec(text);
  if (!match) return refused(`expected ${expected}, got ${show(input)}`);
  const ms = Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  if (!Number.isSafeInteger(Math.round(ms))) return refused(`duration ${show(input)} is too long`);
  if (Math.abs(ms - Math.round(ms)) > 1e-6)
    return refused(`duration ${show(input)} is not a whole number of milliseconds`);
  return parsed(Math.round(ms));
}
