/**
 * The only way from a raw CreateEventSourceMapping request to a KafkaMapping. Every problem is
 * reported at once, each with its path (`mapping.ProvisionedPollerConfig.MaximumPollers`) and rule.
 *
 * @example
 * validateMapping({ StartingPosition: 'LATEST', ParallelizationFactor: 2 }, ctx).errors
 * // → [{ path: 'mapping.ParallelizationFactor', rule: 'R2',
 * //      message: "Unsupported 'parallelizationFactor' parameter for given event source mapping type." }]
 */
import type { KafkaMapping, MappingError } from './KafkaMapping.ts';
import { buildKafkaMapping } from './buildKafkaMapping.ts';
import { checkCrossMembers } from './checkCrossMembers.ts';
import { checkMembers } from './checkMembers.ts';
import { checkMessage, typeMessage } from './mappingMessages.ts';
import { kafkaSource } from './mappingMode.ts';
import { isPlainObject } from './requestPath.ts';
import { mergeUpdate } from './mergeUpdate.ts';
import { mappingWarnings } from './mappingWarnings.ts';
import { checkEra } from './checkEra.ts';
import type { MappingEra } from './checkEra.ts';

export interface ValidateContext {
  /** where the request sits in the scenario, prefixed to every error path (e.g. `mapping`) */
  path: string;
  /** the scenario topic: the default for Topics (scenario spec §3) */
  topicName: string;
  operation: 'create' | 'update';
  /** the Lambda function timeout (R21) */
  functionTimeoutMs: number;
  /** wall-clock ms of virtual time 0: StartingPositionTimestamp cannot be later (R3) */
  startEpochMs: number;
  /** for `update`: the mapping being updated */
  previous?: KafkaMapping;
  /** R4 "era": `before-2025-11` rejects the Kafka error-handling controls as AWS did then */
  era?: MappingEra;
}

export interface MappingValidation {
  mapping: KafkaMapping | null;
  errors: MappingError[];
  warnings: string[];
}

/** R21: a function behind a Kafka mapping may run at most 14 minutes. */
const MAX_FUNCTION_TIMEOUT_MS = 14 * 60 * 1000;

export function validateMapping(request: unknown, ctx: ValidateContext): MappingValidation {
  if (!isPlainObject(request))
    return {
      mapping: null,
      errors: [{ path: ctx.path, message: typeMessage('JSONObject', request), rule: 'R1' }],
      warnings: [],
    };
  if (ctx.operation === 'update') return validateUpdate(request, ctx);
  const memberErrors = checkMembers(request, {
    prefix: ctx.path,
    source: kafkaSource(request),
    operation: 'create',
  });
  // One error per member: a member already rejected (or inside one) is not compared with others.
  const rejected = memberErrors.map((e) => e.path);
  const isRejected = (path: string) =>
    rejected.some((r) => path === r || path.startsWith(`${r}.`) || path.startsWith(`${r}[`));
  const crossErrors = [
    ...checkCrossMembers(request, {
      prefix: ctx.path,
      topicName: ctx.topicName,
      startEpochMs: ctx.startEpochMs,
    }),
    ...checkEra(request, ctx),
  ];
  const errors = [...memberErrors, ...crossErrors.filter((e) => !isRejected(e.path))];
  if (ctx.functionTimeoutMs > MAX_FUNCTION_TIMEOUT_MS)
    errors.push({
      path: 'function.timeout',
      message: checkMessage('function-timeout', { seconds: ctx.functionTimeoutMs / 1000 }),
      rule: 'R21',
    });
  return finish(request, errors, ctx);
}

/**
 * UpdateEventSourceMapping: `update` holds only the members to change (R5: create-only members are
 * rejected); the result is the previous request with them applied.
 */
export function applyUpdate(
  previous: KafkaMapping,
  update: unknown,
  ctx: Omit<ValidateContext, 'operation' | 'previous'>,
): MappingValidation {
  return validateMapping(update, { ...ctx, operation: 'update', previous });
}

function validateUpdate(update: Record<string, unknown>, ctx: ValidateContext): MappingValidation {
  const previous = ctx.previous;
  if (!previous)
    return {
      mapping: null,
      errors: [{ path: ctx.path, message: 'An update needs the mapping it updates', rule: 'R5' }],
      warnings: [],
    };
  const errors = checkMembers(update, {
    prefix: ctx.path,
    source: previous.source,
    operation: 'update',
    previous: previous.request,
  });
  if (errors.length > 0) return { mapping: null, errors, warnings: [] };
  const merged = mergeUpdate(previous.request, update);
  return finish(
    merged,
    [
      ...checkCrossMembers(merged, {
        prefix: ctx.path,
        topicName: ctx.topicName,
        startEpochMs: ctx.startEpochMs,
      }),
      ...checkEra(update, ctx),
    ],
    ctx,
  );
}

function finish(
  request: Record<string, unknown>,
  errors: MappingError[],
  ctx: ValidateContext,
): MappingValidation {
  if (errors.length > 0) return { mapping: null, errors, warnings: [] };
  const mapping = buildKafkaMapping(request, ctx.topicName);
  return { mapping, errors, warnings: mappingWarnings(mapping) };
}
