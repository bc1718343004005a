/**
 * Terraform out: a request written as one `aws_lambda_event_source_mapping` resource, preceded by the
 * variables and locals its written-back expressions read.
 */
import type { HclBlockOut, HclValue } from './hcl/writeHcl.ts';
import { writeHclBlock } from './hcl/writeHcl.ts';
import type { Reference, ReferenceDefinition } from './MappingFormat.ts';
import { ESM_FIELDS, ESM_RESOURCE, pascalToSnake } from './terraformSchema.ts';
import type { TfField } from './terraformSchema.ts';
import { restoreReferences } from './references.ts';
import { isRecord } from './requestPaths.ts';

const EXPORTED_NAME = 'kafka';

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
