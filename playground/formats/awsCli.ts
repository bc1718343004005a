/**
 * AWS CLI JSON. `create-event-source-mapping --cli-input-json` takes the request members as they are.
 * `get-event-source-mapping` (and each item of `list-event-source-mappings`) describes a mapping with
 * read-only fields that no request may hold: they are dropped with a note, `FunctionArn` becomes
 * `FunctionName`, and a Disabled state becomes `Enabled: false`.
 */
import type { ImportResult } from './MappingFormat.ts';
import { isRecord, setOwn } from './requestPaths.ts';

/** Members of the GetEventSourceMapping response that describe the mapping's life, not its configuration. */
export const READ_ONLY_FIELDS = [
  'UUID',
  'EventSourceMappingArn',
  'LastModified',
  'LastProcessingResult',
  'State',
  'StateTransitionReason',
  'FilterCriteriaError',
  'ResponseMetadata',
] as const;

/** Markers of describe output: a request never has them. */
export function looksLikeGetOutput(value: Record<string, unknown>): boolean {
  return (
    Array.isArray(value['EventSourceMappings']) ||
    ['UUID', 'FunctionArn', 'State', 'EventSourceMappingArn', 'LastModified'].some((k) => k in value)
  );
}

export function importCliCreate(value: Record<string, unknown>, lines: Record<string, number>): ImportResult {
  return { request: { ...value }, format: 'aws-cli-create', notes: [], errors: [], references: [], lines };
}

export function importCliGet(input: Record<string, unknown>, lines: Record<string, number>): ImportResult {
  const notes: string[] = [];
  let value = input;
  let prefix = '';
  const list = input['EventSourceMappings'];
  if (Array.isArray(list)) {
    const first: unknown = list[0];
    if (!isRecord(first))
      return {
        request: null,
        format: 'aws-cli-get',
        notes,
        errors: [{ message: 'EventSourceMappings is empty', line: 1 }],
        references: [],
        lines: {},
      };
    if (list.length > 1)
      notes.push(`The list has ${list.length} event source mappings; only the first was imported`);
    value = first;
    prefix = 'EventSourceMappings[0].';
  }
  const request: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    if ((READ_ONLY_FIELDS as readonly string[]).includes(key)) dropped.push(key);
    else if (key === 'FunctionArn') request['FunctionName'] = member;
    else if (key === 'DestinationConfig') setOwn(request, key, withoutEmptyOnSuccess(member, notes));
    else setOwn(request, key, member);
  }
  if (dropped.length)
    notes.push(`Dropped read-only fields of the get-event-source-mapping output: ${dropped.join(', ')}`);
  if ('FunctionArn' in value) notes.push('FunctionArn became FunctionName');
  const state = value['State'];
  if ((state === 'Disabled' || state === 'Disabling') && !('Enabled' in request)) {
    request['Enabled'] = false;
    notes.push(`State ${state} became Enabled: false`);
  }
  const requestLines: Record<string, number> = {};
  for (const [path, line] of Object.entries(lines)) {
    if (!path.startsWith(prefix)) continue;
    const inner = path.slice(prefix.length);
    setOwn(requestLines, inner.replace(/^FunctionArn/, 'FunctionName'), line);
  }
  return { request, format: 'aws-cli-get', notes, errors: [], references: [], lines: requestLines };
}

export function exportCliCreate(request: Record<string, unknown>): string {
  return `${JSON.stringify(request, null, 2)}\n`;
}

/** Describe output lists `OnSuccess: {}` even though requests may not set it (R2); an empty one means nothing. */
function withoutEmptyOnSuccess(value: unknown, notes: string[]): unknown {
  if (!isRecord(value) || !isRecord(value['OnSuccess']) || Object.keys(value['OnSuccess']).length > 0)
    return value;
  const { OnSuccess: _empty, ...rest } = value;
  notes.push('Dropped the empty DestinationConfig.OnSuccess of the describe output');
  return rest;
}
