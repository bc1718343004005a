/**
 * The knobs an article may expose: each reads its value from the scenario input and writes a new
 * input with it changed, so a knob change is a deterministic re-run of the same scenario (issue 4).
 * Names are the mapping members they set (PascalCase, as in the AWS API), plus a few scenario keys.
 */
import { mergeScenario } from './mergeScenario.ts';

export type KnobKind = 'number' | 'boolean' | 'choice';

export interface Knob {
  name: KnobName;
  label: string;
  kind: KnobKind;
  /** for numbers */
  min?: number;
  max?: number;
  /** for choices: [value, label] */
  choices?: [string, string][];
  hint: string;
  read(input: ScenarioInput): number | boolean | string;
  write(value: number | boolean | string): ScenarioInput;
}

export type ScenarioInput = Record<string, unknown>;

const mapping = (input: ScenarioInput): Record<string, unknown> =>
  (typeof input['mapping'] === 'object' && input['mapping'] !== null ? input['mapping'] : {}) as Record<
    string,
    unknown
  >;

const member = <T>(input: ScenarioInput, key: string, fallback: T): T =>
  (mapping(input)[key] as T | undefined) ?? fallback;

function numberKnob(
  name: KnobName,
  label: string,
  min: number,
  max: number,
  fallback: number,
  hint: string,
): Knob {
  return {
    name,
    label,
    kind: 'number',
    min,
    max,
    hint,
    read: (input) => member(input, name, fallback),
    write: (value) => ({ mapping: { [name]: Number(value) } }),
  };
}

export const EXAMPLE_DESTINATION = 'arn:aws:sqs:us-east-1:123456789012:orders-failures';

export const KNOB_NAMES = [
  'BatchSize',
  'MaximumBatchingWindowInSeconds',
  'MaximumRetryAttempts',
  'MaximumRecordAgeInSeconds',
  'BisectBatchOnFunctionError',
  'ReportBatchItemFailures',
  'OnFailureDestination',
  'StartingPosition',
  'OffsetsRetention',
] as const;

export type KnobName = (typeof KNOB_NAMES)[number];

export const KNOBS: Record<KnobName, Knob> = {
  BatchSize: numberKnob('BatchSize', 'BatchSize', 1, 10000, 100, 'records per batch (R1, R8)'),
  MaximumBatchingWindowInSeconds: numberKnob(
    'MaximumBatchingWindowInSeconds',
    'Batching window (s)',
    0,
    300,
    0.5,
    'how long a batch may wait to fill (R8); unset is 500 ms',
  ),
  MaximumRetryAttempts: numberKnob(
    'MaximumRetryAttempts',
    'MaximumRetryAttempts',
    -1,
    10000,
    -1,
    'retries after the first attempt; −1 is infinite (R4, R14)',
  ),
  MaximumRecordAgeInSeconds: numberKnob(
    'MaximumRecordAgeInSeconds',
    'MaximumRecordAgeInSeconds',
    -1,
    604800,
    -1,
    '−1 or 60–604800 (R15)',
  ),
  BisectBatchOnFunctionError: {
    name: 'BisectBatchOnFunctionError',
    label: 'BisectBatchOnFunctionError',
    kind: 'boolean',
    hint: 'split a failed batch in two (R16)',
    read: (input) => member(input, 'BisectBatchOnFunctionError', false),
    write: (value) => ({ mapping: { BisectBatchOnFunctionError: Boolean(value) } }),
  },
  ReportBatchItemFailures: {
    name: 'ReportBatchItemFailures',
    label: 'ReportBatchItemFailures',
    kind: 'boolean',
    hint: 'honour batchItemFailures in the response (R17)',
    read: (input) => member<string[]>(input, 'FunctionResponseTypes', []).includes('ReportBatchItemFailures'),
    write: (value) => ({ mapping: { FunctionResponseTypes: value ? ['ReportBatchItemFailures'] : [] } }),
  },
  OnFailureDestination: {
    name: 'OnFailureDestination',
    label: 'On-failure destination',
    kind: 'choice',
    choices: [
      ['', 'none'],
      [EXAMPLE_DESTINATION, 'SQS queue'],
    ],
    hint: 'where discarded records go (R14)',
    read: (input) =>
      (mapping(input)['DestinationConfig'] as { OnFailure?: { Destination?: string } } | undefined)?.OnFailure
        ?.Destination ?? '',
    write: (value) => ({
      mapping: { DestinationConfig: value ? { OnFailure: { Destination: String(value) } } : null },
    }),
  },
  StartingPosition: {
    name: 'StartingPosition',
    label: 'StartingPosition',
    kind: 'choice',
    choices: [
      ['TRIM_HORIZON', 'TRIM_HORIZON'],
      ['LATEST', 'LATEST'],
    ],
    hint: 'used only without a valid committed offset (R6)',
    read: (input) => member(input, 'StartingPosition', 'TRIM_HORIZON'),
    write: (value) => ({ mapping: { StartingPosition: String(value) } }),
  },
  OffsetsRetention: {
    name: 'OffsetsRetention',
    label: 'offsets.retention',
    kind: 'choice',
    choices: [
      ['1d', '1 day'],
      ['7d', '7 days'],
      ['30d', '30 days'],
    ],
    hint: 'how long an empty group keeps its offsets (R7)',
    read: (input) =>
      String(
        ((input['topic'] as Record<string, unknown> | undefined)?.['offsetsRetention'] as
          string | undefined) ?? '7d',
      ),
    write: (value) => ({ topic: { offsetsRetention: String(value) } }),
  },
};

export function isKnobName(name: string): name is KnobName {
  return (KNOB_NAMES as readonly string[]).includes(name);
}

/** The input with one knob set. */
export function applyKnob(
  input: ScenarioInput,
  name: KnobName,
  value: number | boolean | string,
): ScenarioInput {
  return mergeScenario(input, KNOBS[name].write(value)) as ScenarioInput;
}
