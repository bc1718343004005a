import { parseDocument } from 'yaml';

/**
 * The scenario text with its `mapping` set to an imported request; the rest of the file (comments,
 * traffic, function) stays as written. Unparseable scenario text gets a minimal file around it.
 */
export function replaceMapping(scenarioText: string, request: Record<string, unknown>): string {
  const doc = parseDocument(scenarioText);
  if (doc.errors.length > 0 || !doc.contents) {
    const fresh = parseDocument('produce:\n  - count: 10\n');
    fresh.set('mapping', fresh.createNode(request));
    return fresh.toString();
  }
  doc.set('mapping', doc.createNode(request));
  return doc.toString();
}
