/**
 * The mapping rule table: every CreateEventSourceMapping member that is valid for a Kafka ESM, every
 * member AWS rejects for Kafka, and every check that spans several members. It is plain data: the
 * validator walks it, the reference docs render it and the playground editor reads it for hints.
 * Facts: shared/reference/esm-kafka-facts.md §1, rules R1–R5 and R21.
 */
import { REQUEST_MEMBERS } from './rules/requestMembers.ts';
import { KAFKA_SOURCE_MEMBERS } from './rules/kafkaSourceMembers.ts';
import { ERROR_HANDLING_MEMBERS } from './rules/errorHandlingMembers.ts';
import { INVALID_MEMBERS } from './rules/invalidMembers.ts';
import { CROSS_MEMBER_CHECKS } from './rules/crossMemberChecks.ts';

export type KafkaSource = 'msk' | 'self-managed';

/** `list`/`object` members have children: `Topics[]` is a list's item, `A.B` a member of object `A`. */
export type MemberType = 'string' | 'integer' | 'boolean' | 'timestamp' | 'object' | 'list' | 'map';

/** A request member that a Kafka ESM accepts. */
export interface MemberRule {
  kind: 'member';
  id: string;
  /** dotted member path; `[]` stands for "each item of the list" */
  path: string;
  type: MemberType;
  /** integers: inclusive range */
  min?: number;
  max?: number;
  /** strings: length; lists and maps: number of items */
  minLength?: number;
  maxLength?: number;
  enum?: readonly string[];
  /** a full-match regular expression (AWS API model syntax) */
  pattern?: string;
  /** the default as a value the engine applies (R1), when there is one */
  default?: string | number | boolean | readonly string[];
  /** the default in words, for docs (e.g. "500 ms, not expressible through the API") */
  defaultText?: string;
  /** enforced: must be present whenever its parent is (top-level members: in a create only) */
  required?: boolean;
  /** when AWS requires it but a scenario may leave it out, or other nuance */
  requiredNote?: string;
  /** R5: not a member of UpdateEventSourceMapping, or immutable once set */
  createOnly: boolean;
  /** R4: only with ProvisionedPollerConfig (our model where AWS is unclear, see `model`) */
  provisionedOnly: boolean;
  /** which Kafka sources accept it; absent = both */
  sources?: readonly KafkaSource[];
  description: string;
  rule: string;
  source: string;
  /** where AWS is silent we choose; this names the choice (facts sheet open question) */
  model?: string;
}

/** A member AWS rejects for Kafka ESMs (R2), with AWS's own message. */
export interface InvalidMemberRule {
  kind: 'invalid';
  id: string;
  path: string;
  /** the sources this member belongs to instead */
  validFor: string;
  message: string;
  description: string;
  rule: string;
  source: string;
  model?: string;
}

/** A check that spans members or context (ranges between members, timestamps, update, function). */
export interface CheckRule {
  kind: 'check';
  id: string;
  /** the path the error is reported at */
  path: string;
  /** the message; `{name}` placeholders are filled by the validator */
  message: string;
  description: string;
  rule: string;
  source: string;
  model?: string;
}

export type MappingRule = MemberRule | InvalidMemberRule | CheckRule;

/** Every rule, in the order the reference docs list them. */
export const MAPPING_RULES: readonly MappingRule[] = [
  ...REQUEST_MEMBERS,
  ...KAFKA_SOURCE_MEMBERS,
  ...ERROR_HANDLING_MEMBERS,
  ...INVALID_MEMBERS,
  ...CROSS_MEMBER_CHECKS,
];

export const MEMBER_RULES: readonly MemberRule[] = MAPPING_RULES.filter(
  (r): r is MemberRule => r.kind === 'member',
);
export const INVALID_MEMBER_RULES: readonly InvalidMemberRule[] = MAPPING_RULES.filter(
  (r): r is InvalidMemberRule => r.kind === 'invalid',
);

const memberByPath = new Map(MEMBER_RULES.map((r) => [r.path, r]));
const invalidByPath = new Map(INVALID_MEMBER_RULES.map((r) => [r.path, r]));
const checkById = new Map(
  MAPPING_RULES.filter((r): r is CheckRule => r.kind === 'check').map((r) => [r.id, r]),
);

/** The rule for a member path such as `ProvisionedPollerConfig.MaximumPollers` or `Topics[]`. */
export function memberRule(path: string): MemberRule | undefined {
  return memberByPath.get(path);
}

export function invalidMemberRule(path: string): InvalidMemberRule | undefined {
  return invalidByPath.get(path);
}

export function checkRule(id: string): CheckRule {
  const rule = checkById.get(id);
  if (!rule) throw new Error(`no mapping check named ${id}`);
  return rule;
}

/** The members directly inside `parent` ('' = the request itself; `Topics[]` = a list's items). */
export function childRules(parent: string): MemberRule[] {
  return MEMBER_RULES.filter((r) => parentPath(r.path) === parent);
}

export function parentPath(path: string): string {
  if (path.endsWith('[]')) return path.slice(0, -2);
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}
