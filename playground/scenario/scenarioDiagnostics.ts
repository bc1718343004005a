import { LineCounter, parseDocument } from 'yaml';
import { loadScenario } from '../../src/engine/scenario/loadScenario.ts';
import type { LoadedScenario } from '../../src/engine/scenario/Scenario.ts';
import type { EditorMarker } from '../editor/EditorSurface.ts';
import { locatePath } from './locatePath.ts';

export interface ScenarioDiagnostics {
  /** null when the YAML itself does not parse */
  loaded: LoadedScenario | null;
  markers: EditorMarker[];
  /** the raw, parsed scenario object (before defaults), when the YAML parses */
  value: unknown;
}

/**
 * Validates the scenario editor's text with the engine's own loader (`loadScenario`, which runs
 * `validateMapping`), and places every error on the line it is about: the engine reports paths
 * (`mapping.BatchSize`), which are found in the YAML node tree kept by `parseDocument`.
 */
export function scenarioDiagnostics(text: string): ScenarioDiagnostics {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      loaded: null,
      value: null,
      markers: doc.errors.map((e) => {
        const start = lines.linePos(e.pos[0]);
        const end = lines.linePos(e.pos[1]);
        return {
          line: start.line,
          column: start.col,
          endLine: end.line,
          endColumn: Math.max(end.col, start.col + 1),
          message: `Not valid YAML: ${e.message.split('\n')[0]}`,
          severity: 'error',
        };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { loaded: null, value: null, markers: [{ line: 1, message, severity: 'error' }] };
  }
  const loaded = loadScenario(value ?? {});
  const markers: EditorMarker[] = loaded.errors.map((error) => {
    const at = error.path ? locatePath(doc, lines, error.path) : null;
    const rule = error.rule && error.rule !== 'spec' ? ` (${error.rule})` : '';
    const message = `${error.path ? `${error.path}: ` : ''}${error.message}${rule}`;
    return at ? { ...at, message, severity: 'error' } : { line: 1, message, severity: 'error' };
  });
  return { loaded, markers, value };
}
