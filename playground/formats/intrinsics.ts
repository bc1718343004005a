/**
 * CloudFormation intrinsic functions in their long JSON form (`{ "Ref": "X" }`, `{ "Fn::GetAtt": ["A", "B"] }`),
 * which is also what the YAML short tags (`!Ref X`, `!GetAtt A.B`) are read into.
 */
export const INTRINSIC_NAMES = [
  'Ref',
  'Condition',
  'GetAtt',
  'Sub',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'ImportValue',
  'GetAZs',
  'Base64',
  'Cidr',
  'Length',
  'ToJsonString',
  'Transform',
] as const;

export type IntrinsicName = (typeof INTRINSIC_NAMES)[number];

/** `Ref` and `Condition` have no `Fn::` prefix in the long form. */
export function longIntrinsicKey(name: IntrinsicName): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

export interface Intrinsic {
  name: IntrinsicName;
  argument: unknown;
}

/** The intrinsic an object stands for, or null when it is plain data. */
export function asIntrinsic(value: unknown): Intrinsic | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  const key = keys[0] as string;
  const name = INTRINSIC_NAMES.find((n) => longIntrinsicKey(n) === key);
  return name ? { name, argument: (value as Record<string, unknown>)[key] } : null;
}

/** `!Ref X`, `!GetAtt A.B`, `!Sub '…'` — how the intrinsic reads in YAML, for notes. */
export function showIntrinsic(intrinsic: Intrinsic): string {
  const { name, argument } = intrinsic;
  if (name === 'GetAtt' && Array.isArray(argument)) return `!GetAtt ${argument.join('.')}`;
  if (typeof argument === 'string') return `!${name} ${argument}`;
  return `!${name} ${JSON.stringify(argument)}`;
}
