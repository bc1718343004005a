/**
 * Fuzzing the loader (issue 3, "Bad input"): whatever a file holds, `parseScenarioText` and
 * `loadScenario` answer with a scenario or with errors, never by throwing, and every error is one line.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario, SCENARIO_KEYS } from './loadScenario.ts';
import { parseScenarioText } from './parseScenarioText.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const yamlFiles = [join(root, 'scenarios'), join(root, '../shared/conformance')]
  .filter((folder) => existsSync(folder))
  .flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(folder, f)),
  );
const texts = yamlFiles.map((file) => readFileSync(file, 'utf8'));
const validObjects = texts
  .map((text) => parseScenarioText(text, 'x.yaml'))
  .flatMap((parsed) => (parsed.ok && loadScenario(parsed.value).scenario ? [parsed.value] : []));

/** The loader's contract: a scenario and no errors, or no scenario and at least one one-line error. */
function assertWellFormed(input: unknown): void {
  const loaded = loadScenario(input);
  if (loaded.scenario) expect(loaded.errors).toEqual([]);
  else expect(loaded.errors.length).toBeGreaterThan(0);
  for (const { path, message } of loaded.errors) {
    expect(typeof path).toBe('string');
    expect(message).not.toContain('\n');
    expect(message).not.toContain('internal error');
  }
}

/** Replace, delete or add a value somewhere inside a valid scenario. */
const mutation = fc.record({
  where: fc.nat(),
  how: fc.constantFrom('replace', 'delete', 'add'),
  value: fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(
      -1,
      0,
      1.5,
      1e300,
      '',
      '5m',
      '10 minutes',
      'infinite',
      '0-4,7',
      null,
      Number.NaN,
      Infinity,
    ),
  ),
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', '0', '-1', ...SCENARIO_KEYS)),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(value: unknown, { where, how, value: replacement, key }: Mutation): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const containers: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    containers.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) visit(child);
  };
  visit(copy);
  const target = containers[where % containers.length]!;
  const keys = Object.keys(target);
  const chosen = keys[where % Math.max(1, keys.length)];
  // Parsed YAML/JSON lists never carry named members, so a list grows by an item instead.
  if (Array.isArray(target) && (how === 'add' || chosen === undefined)) target.push(replacement);
  else if (how === 'add' || chosen === undefined)
    Object.defineProperty(target, key, {
      value: replacement,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  else if (how === 'delete') delete target[chosen];
  else target[chosen] = replacement;
  return copy;
}

describe('loadScenario never throws (fast-check)', () => {
  it('on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), assertWellFormed), { numRuns: 500 });
  });

  it('on any JavaScript value a YAML parser could hand over, and more', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), assertWellFormed),
      { numRuns: 300 },
    );
  });

  it('on objects with scenario keys and arbitrary values', () => {
    const shaped = fc.dictionary(fc.constantFrom(...SCENARIO_KEYS, 'extra'), fc.jsonValue());
    fc.assert(fc.property(shaped, assertWellFormed), { numRuns: 500 });
  });

  it.skipIf(validObjects.length === 0)('on valid scenarios with a few mutations', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...validObjects), fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([scenario, mutations]) => mutations.reduce<unknown>(mutate, scenario));
    fc.assert(fc.property(mutated, assertWellFormed), { numRuns: 1000 });
  });
});

describe('parseScenarioText never throws (fast-check)', () => {
  const asText = (parsed: ReturnType<typeof parseScenarioText>): void => {
    if (parsed.ok) assertWellFormed(parsed.value);
    else for (const error of parsed.errors) expect(error.message).not.toContain('\n');
  };

  it('on arbitrary text, as YAML and as JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), (text) => {
        asText(parseScenarioText(text, 'fuzz.yaml'));
        asText(parseScenarioText(text, 'fuzz.json'));
      }),
      { numRuns: 500 },
    );
  });

  it.skipIf(texts.length === 0)('on scenario files with random edits', () => {
    const edited = fc
      .tuple(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.string({ maxLength: 6 })), { maxLength: 5 }),
      )
      .map(([text, edits]) =>
        edits.reduce((t, [at, cut, insert]) => {
          const i = at % (t.length + 1);
          return t.slice(0, i) + insert + t.slice(i + cut);
        }, text),
      );
    fc.assert(
      fc.property(edited, (text) => asText(parseScenarioText(text, 'edited.yaml'))),
      { numRuns: 500 },
    );
  });
});
