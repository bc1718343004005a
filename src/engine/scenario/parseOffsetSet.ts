import { normalizeOffsetSet, type OffsetInterval, type OffsetSet } from './OffsetSet.ts';
import { parsed, refused, show, type Parsed } from './Parsed.ts';

const PART = /^(\d+)(?:\s*-\s*(\d+))?$/;

/**
 * Reads an offset set written as ranges and numbers (`"0-4,7"`, `""` = empty, scenario spec §5).
 * A bare number (YAML `discarded: { 0: 5 }`) is the set of that one offset.
 * @example parseOffsetSet('0-4,7') // { ok: true, value: [{ from: 0, to: 4 }, { from: 7, to: 7 }] }
 */
export function parseOffsetSet(input: unknown): Parsed<OffsetSet> {
  const expected = 'an offset set such as "0-4,7" (or "" for none)';
  if (typeof input === 'number') {
    return Number.isSafeInteger(input) && input >= 0
      ? parsed([{ from: input, to: input }])
      : refused(`expected ${expected}, got ${show(input)}`);
  }
  if (typeof input !== 'string') return refused(`expected ${expected}, got ${show(input)}`);
  if (input.trim() === '') return parsed([]);
  const ranges: OffsetInterval[] = [];
  for (const part of input.split(',')) {
    const match = PART.exec(part.trim());
    if (!match)
      return refused(
        `expected ${expected}, got ${show(input)}: ${show(part.trim())} is not an offset or a range`,
      );
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to))
      return refused(`offset in ${show(input)} is too large`);
    if (to < from) return refused(`range ${show(part.trim())} ends before it starts`);
    ranges.push({ from, to });
  }
  return parsed(normalizeOffsetSet(ranges));
}
