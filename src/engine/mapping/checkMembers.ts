/**
 * Walks a request against the rule table and reports every member-level problem at once: unknown
 * members, members AWS rejects for Kafka (R2), wrong types, ranges and lengths (R3), enums, patterns,
 * missing required members (R1) and, in an update, create-only members (R5).
 */
import type { MappingError } from './KafkaMapping.ts';
import type { KafkaSource, MemberRule } from './mappingRules.ts';
import { childRules, invalidMemberRule, memberRule } from './mappingRules.ts';
import { awsPath, displayPath, isPlainObject, rulePath, valueAt } from './requestPath.ts';
import type { Segment } from './requestPath.ts';
import { checkMessage, constraintMessage, typeMessage } from './mappingMessages.ts';
import { unsupportedMessage } from './rules/invalidMembers.ts';
import { UNKNOWN_MEMBER_HINTS } from './rules/unknownMemberHints.ts';

export interface MemberCheckOptions {
  /** dotted prefix of every reported path, e.g. `mapping` */
  prefix: string;
  source: KafkaSource;
  operation: 'create' | 'update';
  /** for an update: the request the mapping was created (or last updated) with */
  previous?: Record<string, unknown>;
}

/** Every member-level error of `request`, in the order the members appear. */
export function checkMembers(request: Record<string, unknown>, options: MemberCheckOptions): MappingError[] {
  const errors: MappingError[] = [];
  checkObject(request, [], options, errors);
  return errors;
}

function checkObject(
  value: Record<string, unknown>,
  segments: Segment[],
  options: MemberCheckOptions,
  errors: MappingError[],
): void {
  const report = (at: Segment[], message: string, rule: string): void => {
    errors.push({ path: displayPath(options.prefix, at), message, rule });
  };
  const parent = rulePath(segments);
  for (const [key, child] of Object.entries(value)) {
    const at = [...segments, key];
    const path = rulePath(at);
    const rule = memberRule(path);
    if (!rule) {
      const invalid = invalidMemberRule(path);
      if (invalid) report(at, invalid.message, invalid.rule);
      else report(at, unknownMemberMessage(key, parent), 'R2');
      continue;
    }
    if (rule.sources && !rule.sources.includes(options.source)) {
      report(at, unsupportedMessage(key), 'R2');
      continue;
    }
    if (options.operation === 'update' && rule.createOnly) {
      if (!parent) {
        report(at, checkMessage('create-only-in-update', { key }), 'R5');
        continue;
      }
      const before = options.previous ? valueAt(options.previous, path) : undefined;
      if (before !== child) {
        report(at, checkMessage('immutable-in-update', { key, previous: String(before ?? 'not set') }), 'R5');
        continue;
      }
    }
    checkValue(child, rule, at, options, errors);
  }
  // Top-level required members only bind a create; nested ones bind whenever their parent is given.
  if (parent || options.operation === 'create') {
    for (const rule of childRules(parent)) {
      const key = rule.path.slice(rule.path.lastIndexOf('.') + 1);
      const applies = !rule.sources || rule.sources.includes(options.source);
      if (rule.required && applies && !(key in value)) {
        report([...segments, key], checkMessage('required-member', { key }), 'R1');
      }
    }
  }
}

function checkValue(
  value: unknown,
  rule: MemberRule,
  at: Segment[],
  options: MemberCheckOptions,
  errors: MappingError[],
): void {
  // Types, ranges, lengths, enums and patterns are all R3 rejections, whatever rule the member serves.
  const report = (message: string): void => {
    errors.push({ path: displayPath(options.prefix, at), message, rule: 'R3' });
  };
  const aws = awsPath(at);
  switch (rule.type) {
    case 'string': {
      if (typeof value !== 'string') return report(typeMessage('String', value));
      if (rule.minLength !== undefined && value.length < rule.minLength)
        return report(
          constraintMessage(value, aws, `have length greater than or equal to ${rule.minLength}`),
        );
      if (rule.maxLength !== undefined && value.length > rule.maxLength)
        return report(constraintMessage(value, aws, `have length less than or equal to ${rule.maxLength}`));
      if (rule.enum && !rule.enum.includes(value))
        return report(constraintMessage(value, aws, `satisfy enum value set: [${rule.enum.join(', ')}]`));
      if (rule.pattern && !fullMatch(rule.pattern).test(value))
        return report(constraintMessage(value, aws, `satisfy regular expression pattern: ${rule.pattern}`));
      return;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return report(typeMessage('Integer', value));
      if (rule.min !== undefined && value < rule.min)
        return report(constraintMessage(value, aws, `have value greater than or equal to ${rule.min}`));
      if (rule.max !== undefined && value > rule.max)
        return report(constraintMessage(value, aws, `have value less than or equal to ${rule.max}`));
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') report(typeMessage('Boolean', value));
      return;
    case 'timestamp':
      if (timestampSeconds(value) === null)
        report(`${typeMessage('Number', value)} (Unix time in seconds, or an ISO 8601 date-time)`);
      return;
    case 'object':
      if (!isPlainObject(value)) return report(typeMessage('JSONObject', value));
      return checkObject(value, at, options, errors);
    case 'list': {
      if (!Array.isArray(value)) return report(typeMessage('JSONArray', value));
      if (rule.minLength !== undefined && value.length < rule.minLength)
        return report(
          constraintMessage(value, aws, `have length greater than or equal to ${rule.minLength}`),
        );
      if (rule.maxLength !== undefined && value.length > rule.maxLength)
        return report(constraintMessage(value, aws, `have length less than or equal to ${rule.maxLength}`));
      const item = memberRule(`${rule.path}[]`);
      if (item) value.forEach((v, i) => checkValue(v, item, [...at, i], options, errors));
      return;
    }
    case 'map': {
      if (!isPlainObject(value)) return report(typeMessage('JSONObject', value));
      const entries = Object.entries(value);
      if (rule.maxLength !== undefined && entries.length > rule.maxLength)
        return report(constraintMessage(value, aws, `have length less than or equal to ${rule.maxLength}`));
      for (const [k, v] of entries) {
        if (typeof v !== 'string')
          errors.push({
            path: displayPath(options.prefix, [...at, k]),
            message: typeMessage('String', v),
            rule: 'R3',
          });
      }
      return;
    }
  }
}

/** AWS model patterns match the whole value; compiled once, since the playground validates per keystroke. */
const compiled = new Map<string, RegExp>();
function fullMatch(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (!regex) compiled.set(pattern, (regex = new RegExp(`^(?:${pattern})$`)));
  return regex;
}

/** CloudFormation's schema message, plus what the user probably meant. */
function unknownMemberMessage(key: string, parent: string): string {
  const message = checkMessage('unknown-member', { key });
  const sibling = childRules(parent).find((r) => lastSegment(r.path).toLowerCase() === key.toLowerCase());
  const known = Object.hasOwn(UNKNOWN_MEMBER_HINTS, key) ? UNKNOWN_MEMBER_HINTS[key] : undefined;
  const hint = sibling ? `did you mean ${lastSegment(sibling.path)}?` : known;
  return hint ? `${message} — ${hint}` : message;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** ECMAScript dates reach ±8.64e15 ms from the epoch; a later "timestamp" is no date at all. */
const MAX_EPOCH_SECONDS = 8.64e12;

/** Unix seconds from a number or an ISO 8601 string; null when it is neither. */
export function timestampSeconds(value: unknown): number | null {
  if (typeof value === 'number') return Math.abs(value) <= MAX_EPOCH_SECONDS ? value : null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms / 1000;
}
