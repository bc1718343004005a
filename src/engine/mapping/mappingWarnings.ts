/**
 * Things that are valid but easy to misread, said once when the mapping is accepted.
 */
import type { KafkaMapping } from './KafkaMapping.ts';

/** FILTER: five filters per mapping unless the quota is raised. */
const DEFAULT_FILTER_QUOTA = 5;

export function mappingWarnings(mapping: KafkaMapping): string[] {
  const warnings: string[] = [];
  const { request } = mapping;
  if ('StartingPositionTimestamp' in request && mapping.startingPosition !== 'AT_TIMESTAMP')
    warnings.push(`StartingPositionTimestamp is ignored: StartingPosition is ${mapping.startingPosition}`);
  // Say whether the -1 was written or is the default: readers who never set it don't look for it.
  if (mapping.maximumRetryAttempts === -1 && mapping.onFailureDestination)
    warnings.push(
      `MaximumRetryAttempts ${'MaximumRetryAttempts' in request ? 'is' : 'defaults to'} -1 (infinite) but an on-failure destination is set: retries stop after 10 (R4)`,
    );
  if (mapping.filterPatterns.length > DEFAULT_FILTER_QUOTA)
    warnings.push(
      `${mapping.filterPatterns.length} filters exceed the default quota of ${DEFAULT_FILTER_QUOTA} per mapping; AWS accepts up to 10 only after a quota increase`,
    );
  return warnings;
}
