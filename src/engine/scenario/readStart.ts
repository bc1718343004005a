import { reportError, type Issues } from './Issues.ts';
import { show } from './Parsed.ts';

/** Virtual time 0 when the file names no `start` (scenario spec §3). */
export const DEFAULT_START_EPOCH_MS = Date.UTC(2026, 0, 1);
/** A date, or a date and time with a zone: a time without a zone would depend on the machine. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** `start:` as ms since the Unix epoch; a YAML timestamp that a parser turned into a Date is accepted. */
export function readStart(issues: Issues, raw: unknown, path: string): number {
  if (raw == null) return DEFAULT_START_EPOCH_MS;
  if (raw instanceof Date && Number.isFinite(raw.getTime())) return raw.getTime();
  const epochMs = typeof raw === 'string' && ISO_8601.test(raw.trim()) ? Date.parse(raw.trim()) : NaN;
  if (Number.isFinite(epochMs)) return epochMs;
  reportError(
    issues,
    path,
    `expected an ISO 8601 instant with a zone, such as 2026-01-01T00:00:00Z, got ${show(raw)}`,
  );
  return DEFAULT_START_EPOCH_MS;
}
