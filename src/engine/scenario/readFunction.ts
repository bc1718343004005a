import { joinPath, reportError, type Issues } from './Issues.ts';
import { readDuration, readList, readObject, readString } from './readFields.ts';
import { readOutcomes } from './readOutcomes.ts';
import type { Scenario } from './Scenario.ts';

const FUNCTION_KEYS = ['timeout', 'duration', 'outcomes', 'handler'] as const;
const HANDLER_FILE = /\.(mjs|cjs|js|mts|ts)$/;

/** `function:` with its defaults: timeout 3s, 20ms per invocation, no scripted outcomes (spec §3). */
export function readFunction(
  issues: Issues,
  raw: unknown,
  path: string,
  partitions: number,
): Scenario['function'] {
  const fields = raw == null ? {} : (readObject(issues, raw, path, FUNCTION_KEYS) ?? {});
  const timeoutMs = readDuration(issues, fields, 'timeout', path, 3000);
  // A Lambda function runs for at least 1 s of timeout; 0 would make every invocation a timeout.
  if (timeoutMs === 0) reportError(issues, joinPath(path, 'timeout'), 'must be longer than 0ms');
  const handler = readString(issues, fields, 'handler', path, null);
  if (handler !== null && !HANDLER_FILE.test(handler)) {
    reportError(
      issues,
      joinPath(path, 'handler'),
      `expected a JavaScript or TypeScript module (.mjs, .js, .ts…), got "${handler}"`,
    );
  }
  return {
    timeoutMs,
    durationMs: readDuration(issues, fields, 'duration', path, 20),
    outcomes: readOutcomes(
      issues,
      readList(issues, fields, 'outcomes', path),
      joinPath(path, 'outcomes'),
      partitions,
    ),
    handler,
  };
}
