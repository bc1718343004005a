import type { MappingError } from '../mapping/KafkaMapping.ts';

/** Collects every problem of a scenario at once, each with its path (`produce[1].count`). */
export interface Issues {
  errors: MappingError[];
  warnings: string[];
}

export const newIssues = (): Issues => ({ errors: [], warnings: [] });

/** Records a scenario-format error (scenario spec §3 is the rule behind it). */
export function reportError(issues: Issues, path: string, message: string): void {
  issues.errors.push({ path, message, rule: 'spec' });
}

/** `topic` + `partitions` → `topic.partitions`; the root path is `''`. */
export const joinPath = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
export const indexPath = (path: string, index: number): string => `${path}[${index}]`;
