/**
 * Properties of validation over arbitrary input: it never throws, every error names a path under the
 * request (or the function timeout, R21) and a rule, and a request either yields a mapping or errors,
 * never both.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateMapping } from './validateMapping.ts';
import { MEMBER_RULES } from './mappingRules.ts';

const ctx = {
  path: 'mapping',
  topicName: 'orders',
  operation: 'create' as const,
  functionTimeoutMs: 3000,
  startEpochMs: Date.UTC(2026, 0, 1),
};

/** Requests built from real member names (and a few impostors) with values of any JSON type. */
const memberName = fc.constantFrom(
  ...MEMBER_RULES.filter((r) => !r.path.includes('.') && !r.path.includes('[')).map((r) => r.path),
  'ParallelizationFactor',
  'KafkaConfiguration',
  '__proto__',
  'constructor',
);
const request = fc.dictionary(memberName, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });

describe('validateMapping properties', () => {
  it('never throws, and reports errors with a path and a rule, or a mapping, never both', () => {
    fc.assert(
      fc.property(fc.oneof(request, fc.jsonValue()), (input) => {
        const { mapping, errors } = validateMapping(input, ctx);
        expect(mapping === null).toBe(errors.length > 0);
        for (const e of errors) {
          expect(e.path).toMatch(/^mapping($|[.[])/);
          expect(e.rule).toMatch(/^R\d+$/);
          expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every in-range BatchSize and window, and turns them into the engine’s units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10000 }),
        fc.integer({ min: 0, max: 300 }),
        (batchSize, window) => {
          const { mapping } = validateMapping(
            {
              StartingPosition: 'TRIM_HORIZON',
              BatchSize: batchSize,
              MaximumBatchingWindowInSeconds: window,
            },
            ctx,
          );
          expect(mapping).toMatchObject({ batchSize, batchingWindowMs: window * 1000 });
        },
      ),
    );
  });
});
