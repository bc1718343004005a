/**
 * Terraform: the first `resource "aws_lambda_event_source_mapping"` of a file is read into a request,
 * and a request is written as one such resource.
 */
import type { HclBlock, HclBody } from './hcl/HclSyntax.ts';
import { parseHcl } from './hcl/parseHcl.ts';
import type { HclBlockOut, HclValue } from './hcl/writeHcl.ts';
import { writeHclBlock } from './hcl/writeHcl.ts';
import type { ImportResult, Reference, ReferenceDefinition } from './MappingFormat.ts';
import { evaluate, terraformScope } from './evaluateTerraform.ts';
import type { TerraformScope } from './evaluateTerraform.ts';
import { ESM_FIELDS, META_ARGUMENTS, pascalToSnake, snakeToPascal } from './terraformSchema.ts';
import type { TfField } from './terraformSchema.ts';
import { restoreReferences } from './references.ts';
import { isRecord, joinPath, setOwn } from './requestPaths.ts';

export const ESM_RESOURCE = 'aws_lambda_event_source_mapping';
const EXPORTED_NAME = 'kafka';

export function importTerraform(text: string): ImportResult {
  const result: ImportResult = {
    request: null,
    format: 'terraform',
    notes: [],
    errors: [],
    references: [],
    lines: {},
  };
  const parsed = parseHcl(text);
  if (parsed.error) return { ...result, errors: [parsed.error] };
  const resources = parsed.body.blocks.filter((b) => b.type === 'resource' && b.labels[0] === ESM_RESOURCE);
  const resource = resources[0];
  if (!resource)
    return { ...result, errors: [{ message: `The file has no resource "${ESM_RESOURCE}"`, line: 1 }] };
  const scope = terraformScope(parsed.body);
  const notes = [`Imported ${ESM_RESOURCE}.${resource.labels[1] ?? ''}`];
  if (resources.length > 1)
    notes.push(`The file has ${resources.length} event source mappings; only the first was imported`);
  const lines: Record<string, number> = {};
  const request = readBody(resource.body, ESM_FIELDS, '', scope, lines);
  return { ...result, request, notes: [...notes, ...scope.notes], references: scope.references, lines };
}

function readBody(
  body: HclBody,
  fields: readonly TfField[],
  path: string,
  scope: TerraformScope,
  lines: Record<string, number>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const items = [
    ...body.attributes.map((attribute) => ({ line: attribute.line, attribute })),
    ...body.blocks.map((block) => ({ line: block.line, block })),
  ].sort((a, b) => a.line - b.line);
  for (const item of items) {
    const name = 'attribute' in item ? item.attribute.name : item.block.type;
    if (!path && META_ARGUMENTS.includes(name)) {
      scope.notes.push(`${name} is a Terraform meta-argument, not a mapping member; it was left out`);
      continue;
    }
    const field = fields.find((f) => f.tf === name && Boolean(f.block) === 'block' in item);
    const api = field?.api ?? snakeToPascal(name);
    if (!field)
      scope.notes.push(
        `${joinPath(path, name)} is not an ${ESM_RESOURCE} argument here; read as ${joinPath(path, api)}`,
      );
    if ('attribute' in item) {
      const at = joinPath(path, api);
      setOwn(lines, at, item.line);
      const value = evaluate(item.attribute.value, at, scope);
      setOwn(out, api, api === 'Endpoints' ? splitEndpoints(value) : value);
    } else readBlock(item.block, field, api, path, out, scope, lines);
  }
  return out;
}

function readBlock(
  block: HclBlock,
  field: TfField | undefined,
  api: string,
  path: string,
  out: Record<string, unknown>,
  scope: TerraformScope,
  lines: Record<string, number>,
): void {
  const repeated = field ? field.block === 'repeated' : Array.isArray(out[api]);
  const previous = out[api];
  if (repeated || (!field && previous !== undefined)) {
    // An unknown block seen twice is a list, like the known repeated ones.
    const list = Array.isArray(previous) ? previous : previous === undefined ? [] : [previous];
    const at = joinPath(joinPath(path, api), list.length);
    setOwn(lines, at, block.line);
    if (list.length === 0) setOwn(lines, joinPath(path, api), block.line);
    list.push(readBody(block.body, field?.children ?? [], at, scope, lines));
    setOwn(out, api, list);
  } else {
    const at = joinPath(path, api);
    setOwn(lines, at, block.line);
    setOwn(out, api, readBody(block.body, field?.children ?? [], at, scope, lines));
  }
}

/** Terraform writes the bootstrap servers as one comma-separated string; the API takes a list. */
function splitEndpoints(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    ]),
  );
}

export function exportTerraform(request: Record<string, unknown>, references: readonly Reference[]): string {
  const restored = restoreReferences(request, references, 'terraform');
  const blocks = [
    ...declarations(restored.definitions),
    toBlock('resource', [ESM_RESOURCE, EXPORTED_NAME], restored.request, ESM_FIELDS),
  ];
  return `${blocks.map((b) => writeHclBlock(b)).join('\n\n')}\n`;
}

/** `variable` blocks with their defaults and one `locals` block for what the expressions read. */
function declarations(definitions: readonly ReferenceDefinition[]): HclBlockOut[] {
  const blocks: HclBlockOut[] = definitions
    .filter((d) => d.kind === 'terraform-variable')
    .map((d) => ({
      type: 'variable',
      labels: [d.name],
      attributes: d.value === undefined ? [] : [['default', d.value as HclValue]],
      blocks: [],
    }));
  const locals = definitions.filter((d) => d.kind === 'terraform-local');
  if (locals.length)
    blocks.push({
      type: 'locals',
      labels: [],
      attributes: locals.map((d) => [d.name, d.value as HclValue]),
      blocks: [],
    });
  return blocks;
}

function toBlock(
  type: string,
  labels: string[],
  members: Record<string, unknown>,
  fields: readonly TfField[],
): HclBlockOut {
  const block: HclBlockOut = { type, labels, attributes: [], blocks: [] };
  for (const [api, value] of Object.entries(members)) {
    const field = fields.find((f) => f.api === api);
    const name = field?.tf ?? pascalToSnake(api);
    const children = field?.children ?? [];
    const asBlocks = field
      ? field.block !== undefined
      : isRecord(value) || (Array.isArray(value) && value.length > 0 && value.every(isRecord));
    if (asBlocks && isRecord(value)) block.blocks.push(toBlock(name, [], value, children));
    else if (asBlocks && Array.isArray(value))
      for (const item of value) block.blocks.push(toBlock(name, [], isRecord(item) ? item : {}, children));
    else block.attributes.push([name, attributeValue(api, value)]);
  }
  return block;
}

function attributeValue(api: string, value: unknown): HclValue {
  if (api === 'Endpoints' && isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v as HclValue)]),
    );
  if (api === 'Pattern' && typeof value === 'string') {
    const json = parseJsonObject(value);
    if (json !== undefined) return { hclCall: 'jsonencode', args: [json as HclValue] };
  }
  return value as HclValue;
}

function parseJsonObject(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
