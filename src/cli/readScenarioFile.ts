import { readFile } from 'node:fs/promises';
import type { MappingError } from '../engine/index.ts';
import { parseScenarioText } from '../engine/scenario/parseScenarioText.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * A scenario file's parsed content, or one clear error (missing, unreadable, not YAML/JSON). `shownAs` is
 * the path as the user typed it, for messages.
 */
export async function readScenarioFile(
  file: string,
  shownAs = file,
): Promise<{ ok: true; value: unknown } | { ok: false; errors: MappingError[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, errors: [{ path: '', message: `cannot read ${shownAs}: ${reason}`, rule: 'spec' }] };
  }
  return parseScenarioText(text, shownAs);
}
