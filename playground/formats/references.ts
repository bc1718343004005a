/**
 * Writing references back on export: where the request still holds the stand-in an import put there,
 * the original intrinsic (or Terraform expression) replaces it; a value the user changed stays as is.
 */
import type { Reference, ReferenceDefinition } from './MappingFormat.ts';
import { getAt, setAt } from './requestPaths.ts';

/** Marks a Terraform expression to write verbatim (`aws_msk_cluster.main.arn`). */
export interface TerraformExpression {
  terraformExpression: string;
}

export function isTerraformExpression(value: unknown): value is TerraformExpression {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TerraformExpression).terraformExpression === 'string'
  );
}

export interface Restored {
  request: Record<string, unknown>;
  /** what the written-back references read: parameters, variables and locals to declare, by name */
  definitions: ReferenceDefinition[];
}

export function restoreReferences(
  request: Record<string, unknown>,
  references: readonly Reference[],
  target: 'cloudFormation' | 'terraform',
): Restored {
  const out = structuredClone(request);
  const definitions = new Map<string, ReferenceDefinition>();
  for (const reference of references) {
    const original = target === 'cloudFormation' ? reference.cloudFormation : reference.terraform;
    if (original === undefined) continue;
    if (JSON.stringify(getAt(out, reference.path)) !== JSON.stringify(reference.standIn)) continue;
    setAt(out, reference.path, target === 'terraform' ? { terraformExpression: original } : original);
    for (const d of reference.definitions ?? []) definitions.set(`${d.kind}:${d.name}`, d);
  }
  return { request: out, definitions: [...definitions.values()] };
}
