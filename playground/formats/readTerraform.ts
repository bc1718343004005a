/**
 * Terraform in: the first `resource "aws_lambda_event_source_mapping"` of a file becomes a request.
 * Arguments and blocks map to members through `terraformSchema.ts`; values through
 * `evaluateTerraform.ts`; unknown arguments are read by name so validation can report them.
 */
import type { HclBlock, HclBody } from './hcl/HclSyntax.ts';
import { parseHcl } from './hcl/parseHcl.ts';
import type { ImportResult } from './MappingFormat.ts';
import { evaluate, terraformScope } from './evaluateTerraform.ts';
import type { TerraformScope } from './evaluateTerraform.ts';
import { ESM_FIELDS, ESM_RESOURCE, META_ARGUMENTS, snakeToPascal } from './terraformSchema.ts';
import type { TfField } from './terraformSchema.ts';
import { isRecord, joinPath, setOwn } from './requestPaths.ts';

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
