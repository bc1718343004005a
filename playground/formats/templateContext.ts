/**
 * What an imported template offers beyond one resource: its parameters (for `!Ref` defaults), the
 * types of its resources (so `!GetAtt Queue.Arn` becomes an SQS ARN) and the line of each key.
 */
import type { ImportProblem } from './MappingFormat.ts';
import type { TemplateContext } from './resolveIntrinsics.ts';
import { isRecord, setOwn } from './requestPaths.ts';

export function templateContext(template: Record<string, unknown>): TemplateContext {
  const parameters = isRecord(template['Parameters']) ? template['Parameters'] : {};
  const resources = isRecord(template['Resources']) ? template['Resources'] : {};
  const resourceTypes: Record<string, string> = {};
  for (const [id, resource] of Object.entries(resources)) {
    if (isRecord(resource) && typeof resource['Type'] === 'string')
      setOwn(resourceTypes, id, resource['Type']);
  }
  return { parameters, resourceTypes };
}

/** The Resources section, or the problem that there is none. */
export function resourcesOf(
  template: unknown,
): { resources: Record<string, unknown> } | { error: ImportProblem } {
  if (!isRecord(template) || !isRecord(template['Resources']))
    return { error: { message: 'Not a CloudFormation template: there is no Resources section', line: 1 } };
  return { resources: template['Resources'] };
}

/** Request path → template line, given where the request's members sit in the template. */
export function linesUnder(
  templateLines: Map<string, number>,
  prefix: string,
  paths: readonly string[],
  toTemplatePath: (path: string) => string,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const path of paths) {
    const line = templateLines.get(`${prefix}.${toTemplatePath(path)}`);
    if (line !== undefined) setOwn(out, path, line);
  }
  return out;
}
