/**
 * Values of Terraform expressions as far as a single file allows: literals, lists and objects as they
 * are; `var.x` and `local.x` from the file's defaults; `jsonencode(…)` of literal data. Anything else
 * (`aws_msk_cluster.main.arn`, conditionals) becomes a stand-in, and the expression is kept as a
 * Reference so export writes it back.
 */
import type { HclBody, HclExpr } from './hcl/HclSyntax.ts';
import type { Reference, ReferenceDefinition } from './MappingFormat.ts';
import { arnFor, standIn } from './standIns.ts';
import type { ArnService } from './standIns.ts';
import { joinPath } from './requestPaths.ts';

export interface TerraformScope {
  /** every variable the file declares, with or without a default */
  declared: Set<string>;
  variables: Map<string, HclExpr>;
  locals: Map<string, HclExpr>;
  references: Reference[];
  notes: string[];
}

const RESOURCE_SERVICES: Record<string, ArnService> = {
  aws_lambda_function: 'lambda',
  aws_lambda_alias: 'lambda',
  aws_msk_cluster: 'kafka',
  aws_msk_serverless_cluster: 'kafka',
  aws_sqs_queue: 'sqs',
  aws_sns_topic: 'sns',
  aws_s3_bucket: 's3',
  aws_kms_key: 'kms',
  aws_secretsmanager_secret: 'secretsmanager',
  aws_glue_registry: 'glue',
};

export function terraformScope(body: HclBody): TerraformScope {
  const variables = new Map<string, HclExpr>();
  const locals = new Map<string, HclExpr>();
  const declared = new Set<string>();
  for (const block of body.blocks) {
    if (block.type === 'variable' && block.labels[0]) declared.add(block.labels[0]);
    const fallback = block.body.attributes.find((a) => a.name === 'default');
    if (block.type === 'variable' && block.labels[0] && fallback)
      variables.set(block.labels[0], fallback.value);
    if (block.type === 'locals') for (const a of block.body.attributes) locals.set(a.name, a.value);
  }
  return { declared, variables, locals, references: [], notes: [] };
}

/** The value for the request member at `path`. */
export function evaluate(expr: HclExpr, path: string, scope: TerraformScope): unknown {
  const literal = literalValue(expr, scope, 0);
  if (literal.known) {
    if (expr.kind !== 'literal' && expr.kind !== 'list' && expr.kind !== 'object' && !isJsonencode(expr))
      remember(path, literal.value, expr, scope, `uses the default ${JSON.stringify(literal.value)}`);
    return literal.value;
  }
  if (expr.kind === 'list') return expr.items.map((item, i) => evaluate(item, joinPath(path, i), scope));
  if (expr.kind === 'object')
    return Object.fromEntries(
      expr.entries.map((e) => [e.key, evaluate(e.value, joinPath(path, e.key), scope)]),
    );
  const text = expr.kind === 'template' ? substitute(expr.text, scope) : undefined;
  const { name, candidate } =
    expr.kind === 'reference' ? describeReference(expr.source) : { name: text ?? 'value', candidate: text };
  const value = standIn(path, name, candidate, expr.kind === 'reference' && /\.arn$/.test(expr.source));
  if (value === undefined) {
    scope.notes.push(
      `${path}: ${sourceOf(expr)} cannot be worked out here; write the value itself to simulate it`,
    );
    return { terraformExpression: sourceOf(expr) };
  }
  remember(path, value, expr, scope, `stands in as ${JSON.stringify(value)}`);
  return value;
}

function remember(path: string, value: unknown, expr: HclExpr, scope: TerraformScope, how: string): void {
  const source = sourceOf(expr);
  const definitions = definitionsRead(source, scope);
  scope.references.push({
    path,
    standIn: value,
    terraform: source,
    display: source,
    ...(definitions.length ? { definitions } : {}),
  });
  scope.notes.push(`${path}: ${source} ${how}`);
}

/** The variables and locals an expression reads whose values the file gives, to declare them on export. */
function definitionsRead(source: string, scope: TerraformScope): ReferenceDefinition[] {
  const out: ReferenceDefinition[] = [];
  for (const [, kind, name] of source.matchAll(/\b(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)/g)) {
    const expr = (kind === 'var' ? scope.variables : scope.locals).get(name as string);
    const known = expr ? literalValue(expr, scope, 0) : UNKNOWN;
    if (known.known)
      out.push({
        kind: kind === 'var' ? 'terraform-variable' : 'terraform-local',
        name: name as string,
        value: known.value,
      });
    // A variable without a default is still declared, so the exported file plans as it did.
    else if (kind === 'var' && scope.declared.has(name as string))
      out.push({ kind: 'terraform-variable', name: name as string, value: undefined });
  }
  return out;
}

export function sourceOf(expr: HclExpr): string {
  switch (expr.kind) {
    case 'literal':
      return JSON.stringify(expr.value);
    case 'template':
      return `"${expr.text}"`;
    case 'call':
    case 'reference':
    case 'raw':
      return expr.source;
    default:
      return '…';
  }
}

function isJsonencode(expr: HclExpr): boolean {
  return expr.kind === 'call' && expr.name === 'jsonencode';
}

type Known = { known: true; value: unknown } | { known: false };
const UNKNOWN: Known = { known: false };

/** The value when the file alone determines it (depth guards against `local.a = local.a`). */
function literalValue(expr: HclExpr, scope: TerraformScope, depth: number): Known {
  if (depth > 10) return UNKNOWN;
  switch (expr.kind) {
    case 'literal':
      return { known: true, value: expr.value };
    case 'list': {
      const items = expr.items.map((i) => literalValue(i, scope, depth + 1));
      return items.every((i) => i.known)
        ? { known: true, value: items.map((i) => (i as { value: unknown }).value) }
        : UNKNOWN;
    }
    case 'object': {
      const values = expr.entries.map((e) => literalValue(e.value, scope, depth + 1));
      return values.every((v) => v.known)
        ? {
            known: true,
            value: Object.fromEntries(
              expr.entries.map((e, i) => [e.key, (values[i] as { value: unknown }).value]),
            ),
          }
        : UNKNOWN;
    }
    case 'call': {
      if (expr.name !== 'jsonencode' || expr.args.length !== 1) return UNKNOWN;
      const arg = literalValue(expr.args[0] as HclExpr, scope, depth + 1);
      return arg.known ? { known: true, value: JSON.stringify(arg.value) } : UNKNOWN;
    }
    case 'reference': {
      const match = /^(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(expr.source);
      const target = match
        ? (match[1] === 'var' ? scope.variables : scope.locals).get(match[2] as string)
        : undefined;
      return target ? literalValue(target, scope, depth + 1) : UNKNOWN;
    }
    case 'template': {
      const whole = /^\$\{([^}]*)\}$/.exec(expr.text);
      if (whole)
        return literalValue(
          { kind: 'reference', source: (whole[1] as string).trim(), line: expr.line },
          scope,
          depth + 1,
        );
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/** `"${var.prefix}-orders"` with every interpolation replaced by its value or a stand-in name. */
function substitute(text: string, scope: TerraformScope): string {
  return text.replace(/\$\{([^}]*)\}/g, (_whole, inner: string) => {
    const source = inner.trim();
    const known = literalValue({ kind: 'reference', source, line: 0 }, scope, 0);
    if (known.known && (typeof known.value === 'string' || typeof known.value === 'number'))
      return String(known.value);
    const { name, candidate } = describeReference(source);
    return candidate ?? name;
  });
}

/** `aws_msk_cluster.main.arn` → a Kafka ARN named main; `var.topic` → topic. */
function describeReference(source: string): { name: string; candidate?: string } {
  const parts = source.replace(/^data\./, '').split('.');
  const [type = '', name = type, attribute = ''] = parts;
  const service = RESOURCE_SERVICES[type];
  if (service && /arn$/.test(attribute)) return { name, candidate: arnFor(service, name) };
  if (type === 'var' || type === 'local') return { name };
  return { name: parts.length >= 2 ? name : type };
}
