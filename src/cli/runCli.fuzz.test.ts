/**
 * Fuzzing the command (issue 3, "Bad input"): any broken scenario file gets exit 2 (or the expect.errors
 * exception), one JSON document on stdout, one line per error on stderr, and never a stack trace.
 */
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../engine/index.ts';
import { parseScenarioText } from '../engine/scenario/parseScenarioText.ts';
import { runCli } from './runCli.ts';
import { hasStackTrace, repoRoot } from './runSimulate.testing.ts';

const folder = mkdtempSync(join(tmpdir(), 'offset-lab-fuzz-'));
const sources = [join(repoRoot, 'scenarios'), join(repoRoot, '../shared/conformance')]
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );

const isInvalid = (text: string, file: string): boolean => {
  const parsed = parseScenarioText(text, file);
  return !parsed.ok || loadScenario(parsed.value).scenario === null;
};

const edited = fc
  .tuple(
    fc.constantFrom(...sources),
    fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([text, edits]) =>
    edits.reduce((t, [at, cut, insert]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + insert + t.slice(i + cut);
    }, text),
  );

let counter = 0;
async function runOn(text: string, extension: string): Promise<void> {
  const file = join(folder, `case-${counter++}${extension}`);
  writeFileSync(file, text);
  let stdout = '';
  const stderr: string[] = [];
  const code = await runCli([file], {
    stdout: async (chunk) => {
      stdout += chunk;
    },
    stderr: (line) => stderr.push(line),
  });
  expect([0, 1, 2]).toContain(code);
  const document = JSON.parse(stdout) as { errors: unknown[] };
  if (code === 2) expect(document.errors.length).toBe(stderr.length);
  for (const line of stderr) expect(line).not.toContain('\n');
  expect(hasStackTrace(stdout + stderr.join('\n'))).toBe(false);
}

describe('simulate never shows a stack trace for a broken file (fast-check)', () => {
  it.skipIf(sources.length === 0)('scenario files with random edits', async () => {
    await fc.assert(
      fc.asyncProperty(edited, async (text) => {
        fc.pre(isInvalid(text, 'x.yaml'));
        await runOn(text, '.yaml');
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary JSON documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const text = JSON.stringify(value) ?? 'null';
        fc.pre(isInvalid(text, 'x.json'));
        await runOn(text, '.json');
      }),
      { numRuns: 150 },
    );
  });
});
