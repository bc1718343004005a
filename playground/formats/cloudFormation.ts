/**
 * CloudFormation templates (YAML or JSON): the first `AWS::Lambda::EventSourceMapping` resource is read
 * into a request, and a request is written as a template holding one such resource.
 */
import type { ImportResult, MappingFormat, Reference, ReferenceDefinition } from './MappingFormat.ts';
import type { ParsedTemplate } from './cfnYaml.ts';
import { stringifyTemplateYaml } from './cfnYaml.ts';
import { apiToCfn, cfnPathOf, cfnToApi } from './cfnProperties.ts';
import { resolveIntrinsics } from './resolveIntrinsics.ts';
import { restoreReferences } from './references.ts';
import { allPaths, isRecord } from './requestPaths.ts';
import { linesUnder, resourcesOf, templateContext } from './templateContext.ts';

export const ESM_TYPE = 'AWS::Lambda::EventSourceMapping';
const EXPORTED_ID = 'KafkaEventSourceMapping';

export function importCloudFormation(parsed: ParsedTemplate, format: MappingFormat): ImportResult {
  const empty: ImportResult = { request: null, format, notes: [], errors: [], references: [], lines: {} };
  const found = resourcesOf(parsed.value);
  if ('error' in found) return { ...empty, errors: [found.error] };
  const mappings = Object.entries(found.resources).filter(([, r]) => isRecord(r) && r['Type'] === ESM_TYPE);
  const first = mappings[0];
  if (!first)
    return {
      ...empty,
      errors: [
        { message: `The template has no ${ESM_TYPE} resource`, line: parsed.lines.get('Resources') ?? 1 },
      ],
    };
  const [id, resource] = first as [string, Record<string, unknown>];
  const notes = [`Imported resource ${id} (${ESM_TYPE})`];
  if (mappings.length > 1)
    notes.push(
      `The template has ${mappings.length} event source mappings; only the first (${id}) was imported`,
    );
  const properties = resource['Properties'] ?? {};
  if (!isRecord(properties))
    return {
      ...empty,
      errors: [
        {
          message: `${id}.Properties must be a mapping`,
          line: parsed.lines.get(`Resources.${id}.Properties`) ?? 1,
        },
      ],
    };
  const resolved = resolveIntrinsics(
    cfnToApi(properties),
    templateContext(parsed.value as Record<string, unknown>),
  );
  const request = resolved.value as Record<string, unknown>;
  return {
    request,
    format,
    notes: [...notes, ...resolved.notes],
    errors: [],
    references: resolved.references,
    lines: linesUnder(parsed.lines, `Resources.${id}.Properties`, allPaths(request), cfnPathOf),
  };
}

export function exportCloudFormation(
  request: Record<string, unknown>,
  references: readonly Reference[],
  syntax: 'yaml' | 'json',
): string {
  const restored = restoreReferences(request, references, 'cloudFormation');
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Kafka event source mapping exported from Offset Lab',
    ...parametersSection(restored.definitions),
    Resources: {
      [EXPORTED_ID]: { Type: ESM_TYPE, Properties: apiToCfn(restored.request) },
    },
  };
  return syntax === 'yaml' ? stringifyTemplateYaml(template) : `${JSON.stringify(template, null, 2)}\n`;
}

/** The parameters the written-back intrinsics read, declared again so the template stands alone. */
export function parametersSection(definitions: readonly ReferenceDefinition[]): {
  Parameters?: Record<string, unknown>;
} {
  const parameters = definitions.filter((d) => d.kind === 'cloudformation-parameter');
  return parameters.length
    ? { Parameters: Object.fromEntries(parameters.map((d) => [d.name, d.value])) }
    : {};
}
