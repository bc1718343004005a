/**
 * User-facing message texts for member checks. They follow AWS's model-validation wording
 * ("Value '…' at '…' failed to satisfy constraint: …") and CloudFormation's schema wording for type
 * and unknown-key errors, so they read like what users meet in the console or a deployment.
 */
import { checkRule } from './mappingRules.ts';

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The message of a cross-member check from the rule table, filled in. */
export function checkMessage(id: string, values: Record<string, string | number> = {}): string {
  return fill(checkRule(id).message, values);
}

/** CloudFormation's JSON-schema names for JSON types. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'JSONArray';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Number';
  if (typeof value === 'object') return 'JSONObject';
  return typeof value === 'string' ? 'String' : typeof value === 'boolean' ? 'Boolean' : typeof value;
}

export function typeMessage(expected: string, value: unknown): string {
  return `expected type: ${expected}, found: ${jsonTypeName(value)}`;
}

/** Long values are cut so a message stays one readable line. */
const MAX_SHOWN = 60;

export function constraintMessage(value: unknown, at: string, constraint: string): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return `Value '${shown}' at '${at}' failed to satisfy constraint: Member must ${constraint}`;
}
