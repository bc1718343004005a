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

/**
 * Every error and warning is one line (`simulate` prints one readable line per error, spec §1): a key
 * or value quoted from the file may hold line breaks or other control characters, shown escaped as in
 * JSON.
 */
export const oneLine = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- the control characters are what is being escaped
  text.replace(/[\u0000-\u001f\u2028\u2029]/g, (c) =>
    c < ' ' ? JSON.stringify(c).slice(1, -1) : `\\u${c.charCodeAt(0).toString(16)}`,
  );

/** `topic` + `partitions` → `topic.partitions`; the root path is `''`. */
export const joinPath = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
export const indexPath = (path: string, index: number): string => `${path}[${index}]`;
