import { LineCounter, parseAllDocuments } from 'yaml';
import type { MappingError } from '../mapping/KafkaMapping.ts';

export type ParsedText = { ok: true; value: unknown } | { ok: false; errors: MappingError[] };

const fail = (message: string): ParsedText => ({ ok: false, errors: [{ path: '', message, rule: 'spec' }] });

/**
 * Turns a scenario file's text into plain data: JSON for `.json` files, YAML (a superset of JSON) for
 * everything else. Syntax errors come back as one-line messages with line and column; nothing throws.
 * @example parseScenarioText('produce: [{ count: 3 }]', 'a.yaml') // { ok: true, value: { produce: [...] } }
 */
export function parseScenarioText(text: string, fileName: string): ParsedText {
  if (/\.json$/i.test(fileName)) return parseJson(text, fileName);
  return parseYaml(text, fileName);
}

function parseJson(text: string, fileName: string): ParsedText {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail(`${fileName} is not valid JSON: ${firstLine(error)}`);
  }
}

function parseYaml(text: string, fileName: string): ParsedText {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(documents) ? documents : [];
  if (list.length === 0) return fail(`${fileName} is empty: expected a scenario (see the scenario format)`);
  if (list.length > 1)
    return fail(`${fileName} holds ${list.length} YAML documents; a scenario file holds one`);
  const document = list[0]!;
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return {
          path: '',
          message: `${fileName}:${line}:${col}: not valid YAML: ${firstLine(error)}`,
          rule: 'spec',
        };
      }),
    };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 100 }) as unknown };
  } catch (error) {
    // e.g. an alias to an anchor defined later, or an alias bomb over maxAliasCount
    return fail(`${fileName} is not valid YAML: ${firstLine(error)}`);
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
