import { LineCounter, parseDocument } from 'yaml';
import type { EditorMarker } from '../editor/EditorSurface.ts';
import { scenarioWithMapping } from '../run/scenarioWithMapping.ts';
import { locatePath } from './locatePath.ts';
import { scenarioDiagnostics, type ScenarioDiagnostics } from './scenarioDiagnostics.ts';

/**
 * Validates Compare's mapping B inside the scenario it replaces the mapping of, and puts each
 * `mapping.*` error on its line in the mapping B editor.
 */
export function mappingBDiagnostics(scenarioText: string, mappingText: string): ScenarioDiagnostics {
  const lines = new LineCounter();
  const doc = parseDocument(mappingText, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      loaded: null,
      value: null,
      markers: doc.errors.map((e) => ({
        line: lines.linePos(e.pos[0]).line,
        message: `Not valid YAML: ${e.message.split('\n')[0]}`,
        severity: 'error',
      })),
    };
  }
  const combined = scenarioDiagnostics(scenarioWithMapping(scenarioText, mappingText));
  const markers: EditorMarker[] = (combined.loaded?.errors ?? []).map((error) => {
    const inMapping = error.path === 'mapping' || error.path.startsWith('mapping.');
    const at = inMapping ? locatePath(doc, lines, error.path.replace(/^mapping\.?/, '')) : null;
    const message = `${error.path ? `${error.path}: ` : ''}${error.message}`;
    return at ? { ...at, message, severity: 'error' } : { line: 1, message, severity: 'error' };
  });
  return { ...combined, markers };
}
