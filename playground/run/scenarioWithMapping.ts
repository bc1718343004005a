import { parseDocument } from 'yaml';

/**
 * Compare: the same scenario text with its `mapping` replaced by mapping B (YAML of
 * CreateEventSourceMapping members). Comments and everything else stay as written.
 */
export function scenarioWithMapping(scenarioText: string, mappingText: string): string {
  const doc = parseDocument(scenarioText);
  const mapping = parseDocument(mappingText);
  if (doc.errors.length > 0 || mapping.errors.length > 0) return scenarioText;
  doc.set('mapping', mapping.contents);
  return doc.toString();
}
