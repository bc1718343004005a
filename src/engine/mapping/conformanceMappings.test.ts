/**
 * The public conformance scenarios' mappings (../shared/conformance, when present beside the checkout):
 * files that `expect.errors` must be rejected with every listed string; all others must validate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateMapping } from './validateMapping.ts';

const dir = join(import.meta.dirname, '../../../../shared/conformance');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];

describe.skipIf(files.length === 0)('conformance mappings', () => {
  it.each(files)('%s', (file) => {
    const scenario = parse(readFileSync(join(dir, file), 'utf8')) as {
      topic?: { name?: string };
      mapping?: unknown;
      start?: string;
      expect?: { errors?: string[] };
    };
    const { errors } = validateMapping(scenario.mapping ?? {}, {
      path: 'mapping',
      topicName: scenario.topic?.name ?? 'orders',
      operation: 'create',
      functionTimeoutMs: 3000,
      startEpochMs: Date.parse(scenario.start ?? '2026-01-01T00:00:00Z'),
    });
    const expected = scenario.expect?.errors;
    if (!expected) return expect(errors).toEqual([]);
    for (const text of expected)
      expect(
        errors.some((e) => e.path.includes(text) || e.message.includes(text)),
        text,
      ).toBe(true);
  });
});
