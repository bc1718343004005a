import { parsed, refused, show, type Parsed } from './Parsed.ts';

/** Bytes per unit; KB and MB are binary (1KB = 1024 B, 6MB = 6 × 1024 × 1024 B), scenario spec §2. */
const UNIT_BYTES: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)$/i;

/**
 * Reads a size: a number of bytes or a string such as `512B`, `1KB`, `6MB`.
 * @example parseSize('1KB') // { ok: true, value: 1024 }
 */
export function parseSize(input: unknown): Parsed<number> {
  const expected = 'a size such as 512B, 1KB or 6MB';
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) return refused(`expected ${expected}, got ${show(input)}`);
    return parsed(input);
  }
  if (typeof input !== 'string') return refused(`expected ${expected}, got ${show(input)}`);
  const match = SIZE.exec(input.trim());
  if (!match) return refused(`expected ${expected}, got ${show(input)}`);
  const bytes = Number(match[1]) * (UNIT_BYTES[(match[2] as string).toUpperCase()] as number);
  if (!Number.isInteger(bytes)) return refused(`size ${show(input)} is not a whole number of bytes`);
  if (!Number.isSafeInteger(bytes)) return refused(`size ${show(input)} is too large`);
  return parsed(bytes);
}
