/**
 * Replaces CloudFormation intrinsics in imported properties by stand-ins the validator accepts,
 * remembering each original (a `Reference`) so export can write it back. A `!Ref` to a template
 * parameter with a Default takes that Default; pseudo parameters take fixed example values.
 */
import type { Reference, ReferenceDefinition } from './MappingFormat.ts';
import { asIntrinsic, showIntrinsic } from './intrinsics.ts';
import type { Intrinsic } from './intrinsics.ts';
import { arnFor, PSEUDO_PARAMETERS, standIn } from './standIns.ts';
import type { ArnService } from './standIns.ts';
import { joinPath } from './requestPaths.ts';

export interface TemplateContext {
  /** the template's Parameters section */
  parameters: Record<string, unknown>;
  /** logical id → resource Type */
  resourceTypes: Record<string, string>;
}

export interface Resolution {
  value: unknown;
  references: Reference[];
  notes: string[];
}

/** What `!Ref` / `!GetAtt …Arn` of a resource type yields, as an ARN service. */
const ARN_SERVICES: Record<string, ArnService> = {
  'AWS::Lambda::Function': 'lambda',
  'AWS::Serverless::Function': 'lambda',
  'AWS::MSK::Cluster': 'kafka',
  'AWS::MSK::ServerlessCluster': 'kafka',
  'AWS::SQS::Queue': 'sqs',
  'AWS::SNS::Topic': 'sns',
  'AWS::S3::Bucket': 's3',
  'AWS::KMS::Key': 'kms',
  'AWS::SecretsManager::Secret': 'secretsmanager',
  'AWS::Glue::Registry': 'glue',
};
/** Resource types whose `!Ref` is already the ARN (for the others it is a name, id or URL). */
const REF_IS_ARN = new Set([
  'AWS::MSK::Cluster',
  'AWS::MSK::ServerlessCluster',
  'AWS::SNS::Topic',
  'AWS::SecretsManager::Secret',
]);

export function resolveIntrinsics(value: unknown, template: TemplateContext, base = ''): Resolution {
  const references: Reference[] = [];
  const notes: string[] = [];
  const walk = (node: unknown, path: string): unknown => {
    const intrinsic = asIntrinsic(node);
    if (intrinsic) return resolveOne(node, intrinsic, path, template, references, notes);
    if (Array.isArray(node)) return node.map((item, i) => walk(item, joinPath(path, i)));
    if (typeof node === 'object' && node !== null)
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, joinPath(path, k))]));
    return node;
  };
  return { value: walk(value, base), references, notes };
}

function resolveOne(
  original: unknown,
  intrinsic: Intrinsic,
  path: string,
  template: TemplateContext,
  references: Reference[],
  notes: string[],
): unknown {
  const display = showIntrinsic(intrinsic);
  const definitions = parametersRead(original, template);
  const parameter =
    intrinsic.name === 'Ref' ? parameterDefault(String(intrinsic.argument), template) : undefined;
  if (parameter !== undefined) {
    references.push({ path, standIn: parameter, cloudFormation: original, display, definitions });
    notes.push(`${path}: ${display} uses the parameter's Default ${JSON.stringify(parameter)}`);
    return parameter;
  }
  const { name, candidate } = describe(intrinsic, template);
  const value = standIn(path, name, candidate, isArnAttribute(intrinsic));
  if (value === undefined) {
    notes.push(`${path}: ${display} cannot be worked out here; write the value itself to simulate it`);
    return original;
  }
  references.push({
    path,
    standIn: value,
    cloudFormation: original,
    display,
    ...(definitions.length ? { definitions } : {}),
  });
  notes.push(`${path}: ${display} stands in as ${JSON.stringify(value)}`);
  return value;
}

/** The template parameters an intrinsic reads (`!Ref P`, `${P}` in `!Sub`), with their definitions. */
function parametersRead(intrinsic: unknown, template: TemplateContext): ReferenceDefinition[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    const inner = asIntrinsic(node);
    if (inner?.name === 'Ref' && typeof inner.argument === 'string') names.add(inner.argument);
    if (inner?.name === 'Sub') {
      const text = Array.isArray(inner.argument) ? inner.argument[0] : inner.argument;
      if (typeof text === 'string')
        for (const m of text.matchAll(/\$\{([^!}.][^}.]*)\}/g)) names.add(m[1] as string);
    }
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(intrinsic);
  return [...names]
    .filter((name) => name in template.parameters)
    .map((name) => ({ kind: 'cloudformation-parameter' as const, name, value: template.parameters[name] }));
}

function isArnAttribute(intrinsic: Intrinsic): boolean {
  const attribute: unknown = Array.isArray(intrinsic.argument) ? intrinsic.argument[1] : undefined;
  return intrinsic.name === 'GetAtt' && typeof attribute === 'string' && /Arn$/.test(attribute);
}

function parameterDefault(name: string, template: TemplateContext): unknown {
  const parameter = template.parameters[name];
  if (typeof parameter !== 'object' || parameter === null || !('Default' in parameter)) return undefined;
  const { Default: value, Type: type } = parameter as { Default: unknown; Type?: unknown };
  const isList = typeof type === 'string' && (type === 'CommaDelimitedList' || type.startsWith('List<'));
  if (isList && typeof value === 'string') return value.split(',').map((s) => s.trim());
  if (type === 'Number' && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
    return Number(value);
  return value;
}

/** A name for the thing referred to, and the text it would most likely evaluate to. */
function describe(intrinsic: Intrinsic, template: TemplateContext): { name: string; candidate?: string } {
  const { name, argument } = intrinsic;
  if (name === 'Ref' && typeof argument === 'string') {
    const pseudo = PSEUDO_PARAMETERS[argument];
    if (pseudo !== undefined) return { name: argument, candidate: pseudo };
    const type = template.resourceTypes[argument] ?? '';
    const service = ARN_SERVICES[type];
    return service && REF_IS_ARN.has(type)
      ? { name: argument, candidate: arnFor(service, argument) }
      : { name: argument };
  }
  if (name === 'GetAtt' && Array.isArray(argument) && typeof argument[0] === 'string') {
    const [resource, attribute] = argument as [string, unknown];
    const service = ARN_SERVICES[template.resourceTypes[resource] ?? ''];
    const isArn = typeof attribute === 'string' && /Arn$/.test(attribute);
    return service && isArn ? { name: resource, candidate: arnFor(service, resource) } : { name: resource };
  }
  if (name === 'Sub') {
    const text = substitute(argument, template);
    return text === undefined ? { name: 'value' } : { name: text, candidate: text };
  }
  if (
    name === 'Join' &&
    Array.isArray(argument) &&
    typeof argument[0] === 'string' &&
    Array.isArray(argument[1])
  ) {
    const text = (argument[1] as unknown[]).map((part) => textOf(part, template)).join(argument[0]);
    return { name: text, candidate: text };
  }
  if (name === 'ImportValue') return { name: textOf(argument, template) };
  return { name: name.toLowerCase() };
}

function textOf(value: unknown, template: TemplateContext): string {
  const intrinsic = asIntrinsic(value);
  if (!intrinsic) return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  if (intrinsic.name === 'Ref') {
    const parameter = parameterDefault(String(intrinsic.argument), template);
    if (typeof parameter === 'string' || typeof parameter === 'number') return String(parameter);
  }
  const { name, candidate } = describe(intrinsic, template);
  return candidate ?? name;
}

/** `!Sub 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}'` with example values. */
function substitute(argument: unknown, template: TemplateContext): string | undefined {
  const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
  if (typeof text !== 'string') return undefined;
  const vars = (typeof variables === 'object' && variables !== null ? variables : {}) as Record<
    string,
    unknown
  >;
  return text.replace(/\$\{(!?)([^}]*)\}/g, (_whole, bang: string, inner: string) => {
    if (bang) return `\${${inner}}`;
    if (inner in vars) return textOf(vars[inner], template);
    if (inner in PSEUDO_PARAMETERS) return PSEUDO_PARAMETERS[inner] ?? inner;
    const [resource = inner, attribute] = inner.split('.');
    if (attribute) return textOf({ 'Fn::GetAtt': [resource, attribute] }, template);
    return textOf({ Ref: resource }, template);
  });
}
