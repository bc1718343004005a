/**
 * AWS SAM templates: the first `MSK` or `SelfManagedKafka` event of an `AWS::Serverless::Function` is
 * read into a request (FunctionName refers to that function), and a request is written as one function
 * with one such event.
 */
import type { ImportResult, MappingFormat, Reference } from './MappingFormat.ts';
import type { ParsedTemplate } from './cfnYaml.ts';
import { stringifyTemplateYaml } from './cfnYaml.ts';
import { resolveIntrinsics } from './resolveIntrinsics.ts';
import { restoreReferences } from './references.ts';
import { allPaths, isRecord, setOwn } from './requestPaths.ts';
import { apiToSam, samPathOf, samToApi } from './samEvents.ts';
import type { SamKafkaEventType } from './samEvents.ts';
import { asIntrinsic } from './intrinsics.ts';
import { resourcesOf, templateContext } from './templateContext.ts';
import { parametersSection } from './cloudFormation.ts';

export const SAM_FUNCTION = 'AWS::Serverless::Function';
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
const EXPORTED_FUNCTION = 'KafkaConsumerFunction';
const EXPORTED_EVENT = 'KafkaEvent';

interface SamKafkaEvent {
  functionId: string;
  eventId: string;
  type: SamKafkaEventType;
  function: Record<string, unknown>;
  properties: Record<string, unknown>;
}

/** Every Kafka event of every SAM function, in template order. */
export function samKafkaEvents(template: unknown): SamKafkaEvent[] {
  const found = resourcesOf(template);
  if ('error' in found) return [];
  const events: SamKafkaEvent[] = [];
  for (const [functionId, resource] of Object.entries(found.resources)) {
    if (!isRecord(resource) || resource['Type'] !== SAM_FUNCTION || !isRecord(resource['Properties']))
      continue;
    const fn = resource['Properties'];
    for (const [eventId, event] of Object.entries(isRecord(fn['Events']) ? fn['Events'] : {})) {
      if (!isRecord(event) || (event['Type'] !== 'MSK' && event['Type'] !== 'SelfManagedKafka')) continue;
      const properties = isRecord(event['Properties']) ? event['Properties'] : {};
      events.push({ functionId, eventId, type: event['Type'], function: fn, properties });
    }
  }
  return events;
}

export function importSam(parsed: ParsedTemplate, format: MappingFormat): ImportResult {
  const empty: ImportResult = { request: null, format, notes: [], errors: [], references: [], lines: {} };
  const found = resourcesOf(parsed.value);
  if ('error' in found) return { ...empty, errors: [found.error] };
  const events = samKafkaEvents(parsed.value);
  const event = events[0];
  if (!event)
    return {
      ...empty,
      errors: [
        {
          message: `The template has no ${SAM_FUNCTION} with an MSK or SelfManagedKafka event`,
          line: parsed.lines.get('Resources') ?? 1,
        },
      ],
    };
  const { functionId, eventId, type } = event;
  const notes = [`Imported event ${eventId} (${type}) of function ${functionId}`];
  if (events.length > 1)
    notes.push(`The template has ${events.length} Kafka events; only the first (${eventId}) was imported`);
  const converted = samToApi(event.properties, type);
  const functionName = event.function['FunctionName'] ?? { Ref: functionId };
  const tags =
    event.function['PropagateTags'] === true && isRecord(event.function['Tags'])
      ? { Tags: event.function['Tags'] }
      : {};
  const resolved = resolveIntrinsics(
    { FunctionName: functionName, ...converted.request, ...tags },
    templateContext(parsed.value as Record<string, unknown>),
  );
  const request = resolved.value as Record<string, unknown>;
  const eventPath = `Resources.${functionId}.Properties.Events.${eventId}.Properties`;
  const lines: Record<string, number> = {};
  for (const path of allPaths(request)) {
    const line = path.startsWith('FunctionName')
      ? (parsed.lines.get(`Resources.${functionId}.Properties.FunctionName`) ??
        parsed.lines.get(`Resources.${functionId}`))
      : path.startsWith('Tags')
        ? parsed.lines.get(`Resources.${functionId}.Properties.${path}`)
        : parsed.lines.get(`${eventPath}.${samPathOf(path, type)}`);
    if (line !== undefined) setOwn(lines, path, line);
  }
  return {
    request,
    format,
    notes: [...notes, ...converted.notes, ...resolved.notes],
    errors: [],
    references: resolved.references,
    lines,
  };
}

export function exportSam(
  request: Record<string, unknown>,
  references: readonly Reference[],
  syntax: 'yaml' | 'json',
): string {
  const restored = restoreReferences(request, references, 'cloudFormation');
  const { FunctionName: functionName, Tags: tags, ...members } = restored.request;
  const type: SamKafkaEventType = 'SelfManagedEventSource' in members ? 'SelfManagedKafka' : 'MSK';
  const ref = asIntrinsic(functionName);
  const functionId =
    ref?.name === 'Ref' && typeof ref.argument === 'string' ? ref.argument : EXPORTED_FUNCTION;
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: SAM_TRANSFORM,
    Description: 'Kafka event source mapping exported from Offset Lab',
    ...parametersSection(restored.definitions),
    Resources: {
      [functionId]: {
        Type: SAM_FUNCTION,
        Properties: {
          ...(functionName !== undefined && functionId === EXPORTED_FUNCTION
            ? { FunctionName: functionName }
            : {}),
          Handler: 'index.handler',
          Runtime: 'nodejs22.x',
          CodeUri: 'src/',
          // SAM events have no Tags; PropagateTags hands the function's tags to the generated mapping.
          ...(tags !== undefined ? { Tags: tags, PropagateTags: true } : {}),
          Events: { [EXPORTED_EVENT]: { Type: type, Properties: apiToSam(members, type) } },
        },
      },
    },
  };
  return syntax === 'yaml' ? stringifyTemplateYaml(template) : `${JSON.stringify(template, null, 2)}\n`;
}
