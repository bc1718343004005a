/**
 * Words for the rule table's data (src/engine/mapping/mappingRules.ts), so the parameter reference is
 * generated from the same rules the validator enforces and never copied by hand.
 */
import type { MemberRule } from '../../engine/mapping/mappingRules.ts';
import { awsSources } from './awsSources.ts';

/** "integer 1–10000", "string, 1–200 characters, pattern …", "one of TRIM_HORIZON, LATEST". */
export function describeConstraints(rule: MemberRule): string {
  const parts: string[] = [rule.type];
  if (rule.min !== undefined || rule.max !== undefined) parts.push(range(rule.min, rule.max));
  if (rule.minLength !== undefined || rule.maxLength !== undefined) {
    const one = rule.minLength === 1 && rule.maxLength === 1;
    const unit = rule.type === 'string' ? (one ? 'character' : 'characters') : one ? 'item' : 'items';
    parts.push(`${range(rule.minLength, rule.maxLength)} ${unit}`);
  }
  if (rule.enum) parts.push(`one of ${rule.enum.join(', ')}`);
  return parts.join(', ');
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `${min}–${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}

/** The default as the docs show it: the words if the table has them, else the value. */
export function describeDefault(rule: MemberRule): string {
  if (rule.defaultText) return rule.defaultText;
  if (rule.default === undefined) return '—';
  return Array.isArray(rule.default) ? `[${rule.default.join(', ')}]` : String(rule.default);
}

/** Short flags: required, create-only, provisioned mode only, source restrictions. */
export function describeFlags(rule: MemberRule): string[] {
  const flags: string[] = [];
  if (rule.required) flags.push('required');
  if (rule.createOnly) flags.push('create-only');
  if (rule.provisionedOnly) flags.push('provisioned mode only');
  if (rule.sources?.length === 1)
    flags.push(rule.sources[0] === 'msk' ? 'Amazon MSK only' : 'self-managed only');
  return flags;
}

/** A readable link label for a rule's source URL, from the shared source table where it is known. */
export function sourceLabel(url: string): string {
  const known = Object.values(awsSources).find((s) => s.url === url);
  if (known) return known.label;
  const page =
    url
      .split('/')
      .pop()
      ?.replace(/\.html$/, '') ?? url;
  if (page.startsWith('API_')) return `AWS API: ${page.slice(4)}`;
  const issue = /github\.com\/([^/]+\/[^/]+)\/(?:issues|pull)\/(\d+)/.exec(url);
  if (issue) return `${issue[1]}#${issue[2]}`;
  return url.includes('docs.aws.amazon.com') ? `AWS: ${page}` : page;
}
