/** The answer of a small value parser: the value, or one readable reason it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const refused = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** How a value is shown inside an error message: strings quoted, others as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return String(value);
  }
}
