import type { KafkaMapping } from '../mapping/KafkaMapping.ts';
import type { PartitionLog } from '../kafka/PartitionLog.ts';
import type { PositionSource } from '../trace.ts';
import type { ModelChoices } from './modelChoices.ts';

export interface ResolvedPosition {
  offset: number;
  source: PositionSource;
  /** the committed offset that was expired or out of range, when it caused the fallback */
  invalidCommitted?: number | null;
}

/**
 * R6: a committed offset c with LSO ≤ c ≤ HW wins over StartingPosition. Otherwise TRIM_HORIZON reads
 * from the log start, LATEST from the log end *now* (when polling begins), AT_TIMESTAMP from the first
 * record at or after the timestamp. An invalid committed offset falls back per Q5.
 *
 * @example resolveStartPosition(log, mapping, 4, now, startEpochMs, model) // { offset: 4, source: 'committed' }
 */
export function resolveStartPosition(
  log: PartitionLog,
  mapping: KafkaMapping,
  committed: number | undefined,
  now: number,
  startEpochMs: number,
  model: ModelChoices,
): ResolvedPosition {
  const lso = log.startAt(now);
  const hw = log.endAt(now);
  if (committed !== undefined && lso <= committed && committed <= hw)
    return { offset: committed, source: 'committed' };
  const invalid = committed !== undefined ? { invalidCommitted: committed } : {};
  if (committed !== undefined && model.invalidOffsetReset === 'log-start')
    return { offset: lso, source: 'LOG_START', ...invalid };
  switch (mapping.startingPosition) {
    case 'TRIM_HORIZON':
      return { offset: lso, source: 'TRIM_HORIZON', ...invalid };
    case 'LATEST':
      return { offset: hw, source: 'LATEST', ...invalid };
    case 'AT_TIMESTAMP': {
      const at = (mapping.startingPositionTimestamp ?? 0) * 1000 - startEpochMs;
      const offset = Math.min(hw, Math.max(lso, log.firstOffsetAtOrAfter(at)));
      return { offset, source: 'AT_TIMESTAMP', ...invalid };
    }
  }
}
