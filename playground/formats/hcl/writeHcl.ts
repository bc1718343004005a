/**
 * Writes HCL the way `terraform fmt` lays it out: two-space indents, `=` aligned across a run of
 * one-line arguments, nested blocks after arguments, short collections on one line.
 */
import { isTerraformExpression } from '../references.ts';
import type { TerraformExpression } from '../references.ts';

/** A function call to write, e.g. `jsonencode({ … })`. */
export interface HclCallValue {
  hclCall: string;
  args: HclValue[];
}

export type HclValue =
  | string
  | number
  | boolean
  | null
  | TerraformExpression
  | HclCallValue
  | HclValue[]
  | { [key: string]: HclValue };

export interface HclBlockOut {
  type: string;
  labels: string[];
  attributes: [string, HclValue][];
  blocks: HclBlockOut[];
}

const INLINE_WIDTH = 80;

export function writeHclBlock(block: HclBlockOut, depth = 0): string {
  const pad = '  '.repeat(depth);
  const labels = block.labels.map((l) => ` ${quote(l)}`).join('');
  if (block.attributes.length === 0 && block.blocks.length === 0) return `${pad}${block.type}${labels} {}`;
  const lines = [`${pad}${block.type}${labels} {`];
  const rendered = block.attributes.map(([name, value]) => [name, writeValue(value, depth + 1)] as const);
  let run: (readonly [string, string])[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map(([name]) => name.length));
    for (const [name, text] of run) lines.push(`${pad}  ${name.padEnd(width)} = ${text}`);
    run = [];
  };
  for (const [name, text] of rendered) {
    if (text.includes('\n')) {
      flush();
      lines.push(`${pad}  ${name} = ${text}`);
    } else run.push([name, text]);
  }
  flush();
  for (const child of block.blocks) {
    if (lines.length > 1) lines.push('');
    lines.push(writeHclBlock(child, depth + 1));
  }
  lines.push(`${pad}}`);
  return lines.join('\n');
}

export function writeValue(value: HclValue, depth: number): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isTerraformExpression(value)) return value.terraformExpression;
  if (isCall(value)) return `${value.hclCall}(${value.args.map((a) => writeValue(a, depth)).join(', ')})`;
  const pad = '  '.repeat(depth);
  if (Array.isArray(value)) {
    const items = value.map((v) => writeValue(v, depth + 1));
    const inline = `[${items.join(', ')}]`;
    if (inline.length <= INLINE_WIDTH && !inline.includes('\n')) return inline;
    return `[\n${items.map((i) => `${pad}  ${i},`).join('\n')}\n${pad}]`;
  }
  const entries = Object.entries(value).map(([k, v]) => [key(k), writeValue(v, depth + 1)] as const);
  if (entries.length === 0) return '{}';
  const inline = `{ ${entries.map(([k, v]) => `${k} = ${v}`).join(', ')} }`;
  if (inline.length <= INLINE_WIDTH && !inline.includes('\n')) return inline;
  const width = Math.max(...entries.map(([k]) => k.length));
  return `{\n${entries.map(([k, v]) => `${pad}  ${k.padEnd(width)} = ${v}`).join('\n')}\n${pad}}`;
}

export function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{');
  return `"${escaped}"`;
}

function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : quote(name);
}

function isCall(value: unknown): value is HclCallValue {
  return typeof value === 'object' && value !== null && typeof (value as HclCallValue).hclCall === 'string';
}
