/**
 * Writing references back on export: where the request still holds the stand-in an import put there,
 * the original intrinsic (or Terraform expression) replaces it; a value the user changed stays as is.
 */
import type { Reference } from './MappingFormat.ts';
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

export function restoreReferences(
  request: Record<string, unknown>,
  references: readonly Reference[],
  target: 'cloudFormation' | 'terraform',
): Record<string, unknown> {
  const out = structuredClone(request);
  for (const reference of references) {
    const original = target === 'cloudFormation' ? reference.cloudFormation : reference.terraform;
    if (original === undefined) continue;
    if (JSON.stringify(getAt(out, reference.path)) !== JSON.stringify(reference.standIn)) continue;
    setAt(out, reference.path, target === 'terraform' ? { terraformExpression: original } : original);
  }
  return out;
}
