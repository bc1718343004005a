/**
 * CloudFormation templates as YAML or JSON: the short intrinsic tags (`!Ref`, `!GetAtt`, `!Sub`, …) are
 * `yaml` custom tags, read into the long JSON form and written back as short tags. Reading also keeps
 * the line of every key, so import problems can point at the template.
 */
import { setOwn } from './requestPaths.ts';
import {
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import type { CollectionTag, Node, ScalarTag, Tags } from 'yaml';
import type { ImportProblem } from './MappingFormat.ts';
import { asIntrinsic, INTRINSIC_NAMES, longIntrinsicKey } from './intrinsics.ts';
import type { IntrinsicName } from './intrinsics.ts';

/** Each short tag on a scalar, a sequence or a mapping; the node keeps its tag for `toValue`. */
export const CFN_TAGS: Tags = INTRINSIC_NAMES.flatMap((name): (ScalarTag | CollectionTag)[] => [
  { tag: `!${name}`, resolve: (text) => text },
  { tag: `!${name}`, collection: 'seq', resolve: (node) => node },
  { tag: `!${name}`, collection: 'map', resolve: (node) => node },
]);

export interface ParsedTemplate {
  value: unknown;
  errors: ImportProblem[];
  /** dotted key path (`Resources.Esm.Properties.BatchSize`, list items as `[0]`) → 1-based line */
  lines: Map<string, number>;
}

export function parseTemplate(text: string): ParsedTemplate {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    customTags: CFN_TAGS,
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0] ?? e.message,
    line: lineCounter.linePos(e.pos[0]).line,
  }));
  const lines = new Map<string, number>();
  const lineOf = (node: unknown): number | undefined =>
    isScalar(node) || isMap(node) || isSeq(node) ? lineCounter.linePos(node.range?.[0] ?? 0).line : undefined;
  const toValue = (node: unknown, path: string): unknown => {
    if (isAlias(node)) return toValue(node.resolve(doc), path);
    const short = shortTag(node);
    if (short) {
      const inner = isScalar(node) ? node.value : untagged(node, path);
      const argument = short === 'GetAtt' && typeof inner === 'string' ? splitGetAtt(inner) : inner;
      return { [longIntrinsicKey(short)]: argument };
    }
    return untagged(node, path);
  };
  const untagged = (node: unknown, path: string): unknown => {
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        const at = path ? `${path}.${key}` : key;
        const line = lineOf(pair.key);
        if (line !== undefined) lines.set(at, line);
        setOwn(out, key, toValue(pair.value, at));
      }
      return out;
    }
    if (isSeq(node))
      return node.items.map((item, i) => {
        const line = lineOf(item);
        if (line !== undefined) lines.set(`${path}[${i}]`, line);
        return toValue(item, `${path}[${i}]`);
      });
    return isScalar(node) ? node.value : node;
  };
  return { value: toValue(doc.contents, ''), errors, lines };
}

/** YAML with short intrinsic tags. */
export function stringifyTemplateYaml(value: unknown): string {
  const doc = new Document(null, { customTags: CFN_TAGS });
  doc.contents = toNode(doc, value);
  return doc.toString({ lineWidth: 0 });
}

function toNode(doc: Document, value: unknown): Node {
  const intrinsic = asIntrinsic(value);
  if (intrinsic) {
    const { name, argument } = intrinsic;
    const shortArgument =
      name === 'GetAtt' && Array.isArray(argument) && argument.every((a) => typeof a === 'string')
        ? argument.join('.')
        : argument;
    const node = toNode(doc, shortArgument);
    node.tag = `!${name}`;
    return node;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq(doc.schema);
    for (const item of value) seq.items.push(toNode(doc, item));
    return seq;
  }
  if (typeof value === 'object' && value !== null) {
    const map = new YAMLMap(doc.schema);
    for (const [k, v] of Object.entries(value)) map.items.push(doc.createPair(k, toNode(doc, v)));
    return map;
  }
  const scalar = new Scalar(value);
  // YAML 1.1 readers (CloudFormation's among them) take these for booleans or dates: quote them.
  if (typeof value === 'string' && YAML_1_1_AMBIGUOUS.test(value)) scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

const YAML_1_1_AMBIGUOUS = /^(y|n|yes|no|on|off|true|false|null|~|\d{4}-\d\d?-\d\d?([Tt ].*)?)$/i;

function shortTag(node: unknown): IntrinsicName | null {
  const tag = isScalar(node) || isMap(node) || isSeq(node) ? node.tag : undefined;
  if (!tag?.startsWith('!')) return null;
  return INTRINSIC_NAMES.find((n) => `!${n}` === tag) ?? null;
}

/** `!GetAtt Cluster.Arn` → ['Cluster', 'Arn'] (attribute names may contain dots themselves). */
function splitGetAtt(text: string): string[] {
  const dot = text.indexOf('.');
  return dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
}
