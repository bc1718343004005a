/**
 * R4 "era": until 2025-11-21 AWS rejected MaximumRetryAttempts, MaximumRecordAgeInSeconds,
 * BisectBatchOnFunctionError and FunctionResponseTypes on Kafka mappings (observed in 2021 for
 * maximumRetryAttempts, ERR), and PollerGroupName did not exist (facts sheet §1.4). Choosing the
 * `before-2025-11` era shows how a configuration fared then; the default is the current API.
 */
import type { MappingError } from './KafkaMapping.ts';
import { checkMessage } from './mappingMessages.ts';
import { displayPath, valueAt } from './requestPath.ts';

export type MappingEra = 'current' | 'before-2025-11';

const ADDED_2025_11 = [
  'MaximumRetryAttempts',
  'MaximumRecordAgeInSeconds',
  'BisectBatchOnFunctionError',
  'FunctionResponseTypes',
  'ProvisionedPollerConfig.PollerGroupName',
];

export function checkEra(
  request: Record<string, unknown>,
  ctx: { path: string; era?: MappingEra },
): MappingError[] {
  if (ctx.era !== 'before-2025-11') return [];
  return ADDED_2025_11.filter((path) => valueAt(request, path) !== undefined).map((path) => {
    const name = path.slice(path.lastIndexOf('.') + 1);
    return {
      path: displayPath(ctx.path, [path]),
      message: checkMessage('unsupported-before-2025-11', {
        camel: name.charAt(0).toLowerCase() + name.slice(1),
      }),
      rule: 'R4',
    };
  });
}
