/**
 * Typed readers for one scenario field each: they return the value (or the default when the key is
 * absent or null) and report a path-tagged error otherwise, so a loader can collect every error at once.
 */
import { closestKey } from './closestKey.ts';
import { joinPath, reportError, type Issues } from './Issues.ts';
import { parseDuration } from './parseDuration.ts';
import { parseSize } from './parseSize.ts';
import { show } from './Parsed.ts';

export type Fields = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object with only the `known` keys; unknown keys are reported (with a likely spelling). */
export function readObject(
  issues: Issues,
  value: unknown,
  path: string,
  known: readonly string[],
): Fields | null {
  if (!isPlainObject(value)) {
    reportError(issues, path, `expected a mapping of keys (${known.join(', ')}), got ${show(value)}`);
    return null;
  }
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const guess = closestKey(key, known);
    const hint = guess ? `did you mean "${guess}"?` : `expected one of ${known.join(', ')}`;
    reportError(issues, joinPath(path, key), `unknown key ${show(key)}; ${hint}`);
  }
  return value;
}

const present = (fields: Fields, key: string): boolean => Object.hasOwn(fields, key) && fields[key] != null;

export interface IntegerRange {
  min?: number;
  max?: number;
}

export function readInteger(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  fallback: number,
  range?: IntegerRange,
): number;
export function readInteger(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  fallback: null,
  range?: IntegerRange,
): number | null;
export function readInteger(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  fallback: number | null,
  range: IntegerRange = {},
): number | null {
  if (!present(fields, key)) return fallback;
  const value = checkInteger(issues, fields[key], joinPath(path, key), range);
  return value ?? fallback;
}

/** A whole number within `range`, or null after reporting why not. */
export function checkInteger(
  issues: Issues,
  value: unknown,
  path: string,
  { min, max }: IntegerRange = {},
): number | null {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    reportError(issues, path, `expected a whole number, got ${show(value)}`);
    return null;
  }
  if (min !== undefined && value < min) {
    reportError(
      issues,
      path,
      min === 0 ? `must not be negative, got ${value}` : `must be at least ${min}, got ${value}`,
    );
    return null;
  }
  if (max !== undefined && value > max) {
    reportError(issues, path, `must be at most ${max}, got ${value}`);
    return null;
  }
  return value;
}

export function readString(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  fallback: string | null,
): string | null {
  if (!present(fields, key)) return fallback;
  const value = fields[key];
  if (typeof value === 'string') return value;
  reportError(issues, joinPath(path, key), `expected a string, got ${show(value)}`);
  return fallback;
}

export function readEnum<T extends string>(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  allowed: readonly T[],
): T | null {
  if (!present(fields, key)) return null;
  const value = fields[key];
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  reportError(issues, joinPath(path, key), `expected one of ${allowed.join(', ')}, got ${show(value)}`);
  return null;
}

export function readDuration(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  fallback: number,
): number;
export function readDuration(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  fallback: number | null,
  infinite: true,
): number | null;
export function readDuration(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  fallback: number | null,
  infinite = false,
): number | null {
  if (!present(fields, key)) return fallback;
  const result = parseDuration(fields[key], { infinite });
  if (result.ok) return result.value;
  reportError(issues, joinPath(path, key), result.message);
  return fallback;
}

export function readSize(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  fallback: number,
): number {
  if (!present(fields, key)) return fallback;
  const result = parseSize(fields[key]);
  if (result.ok) return result.value;
  reportError(issues, joinPath(path, key), result.message);
  return fallback;
}

/** A list; a missing key is `[]`. */
export function readList(issues: Issues, fields: Fields, key: string, path: string): unknown[] {
  if (!present(fields, key)) return [];
  const value = fields[key];
  if (Array.isArray(value)) return value;
  reportError(issues, joinPath(path, key), `expected a list, got ${show(value)}`);
  return [];
}
