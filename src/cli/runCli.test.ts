import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';
import { brokenModulePath } from './fixtures/brokenModule.testing.ts';

const folder = mkdtempSync(join(tmpdir(), 'offset-lab-cli-'));
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Writes a scenario file and runs the command on it in-process. */
async function simulate(
  text: string,
  ...flags: string[]
): Promise<{ code: number; stdout: string; stderr: string[] }> {
  const file = join(folder, `scenario-${Math.abs(hash(text + flags.join()))}.yaml`);
  writeFileSync(file, text);
  const result = await run([file, ...flags]);
  return { ...result, stderr: result.stderr.map((line) => line.replace(file, 'FILE')) };
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runCli(argv, {
    stdout: async (chunk) => {
      stdout += chunk;
    },
    stderr: (line) => stderr.push(line),
    realTimeCapMs: 500,
  });
  return { code, stdout, stderr };
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

const valid = `
duration: 1m
produce: [{ count: 25 }]
mapping: { StartingPosition: TRIM_HORIZON, BatchSize: 10, MaximumBatchingWindowInSeconds: 0 }
`;

describe('simulate: exit status and output (spec §1)', () => {
  it('exits 0 and prints one JSON document when the scenario runs and every expectation holds', async () => {
    const { code, stdout, stderr } = await simulate(
      `${valid}expect: { committed: { 0: 25 }, delivered: { 0: "0-24" } }`,
    );
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    const document = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual([
      'engine',
      'errors',
      'warnings',
      'model',
      'invocations',
      'commits',
      'discarded',
      'final',
      'counts',
    ]);
  });

  it('exits 1 when an expectation fails, still printing the full result, one stderr line per failure', async () => {
    const { code, stdout, stderr } = await simulate(
      `${valid}expect: { committed: { 0: 20 }, invocations: { max: 2 } }`,
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toHaveProperty('invocations');
    expect(stderr).toMatchInlineSnapshot(`
      [
        "FILE: expect failed: expect.committed.0: expected 20, got 25",
        "FILE: expect failed: expect.invocations: expected at most 2, got 3",
      ]
    `);
  });

  it('exits 2 for an invalid scenario: {"errors":[…]} on stdout and one line per error on stderr', async () => {
    const { code, stdout, stderr } = await simulate(`
produce: [{ count: 0 }]
mapping: { StartingPosition: TRIM_HORIZON, ParallelizationFactor: 2 }
`);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as { errors: unknown[] }).errors).toHaveLength(2);
    expect(stderr).toMatchInlineSnapshot(`
      [
        "FILE: produce[0].count: must be at least 1, got 0",
        "FILE: mapping.ParallelizationFactor: Unsupported 'parallelizationFactor' parameter for given event source mapping type.",
      ]
    `);
  });

  it('--summary leaves out invocations, commits and discarded but still checks delivered sets', async () => {
    const { code, stdout } = await simulate(`${valid}expect: { delivered: { 0: "0-24" } }`, '--summary');
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual([
      'engine',
      'errors',
      'warnings',
      'model',
      'final',
      'counts',
    ]);
    const failing = await simulate(`${valid}expect: { delivered: { 0: "0-23" } }`, '--summary');
    expect(failing.code).toBe(1);
  });

  it('prints byte-identical output for the same file (determinism, spec §2)', async () => {
    const first = await simulate(valid);
    const second = await simulate(valid);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('simulate: a file that must be rejected (expect.errors, spec §1 exception)', () => {
  it('exits 0 when it is rejected with every listed string', async () => {
    const { code, stderr } = await simulate(`
mapping: { StartingPosition: TRIM_HORIZON, ParallelizationFactor: 2 }
expect: { errors: [ParallelizationFactor] }
`);
    expect([code, stderr]).toEqual([0, []]);
  });

  it('exits 1 when a listed string appears in no error', async () => {
    const { code, stderr } = await simulate(`
mapping: { StartingPosition: TRIM_HORIZON, ParallelizationFactor: 2 }
expect: { errors: [TumblingWindowInSeconds] }
`);
    expect(code).toBe(1);
    expect(stderr).toMatchInlineSnapshot(`
      [
        "FILE: expect failed: expect.errors: no error mentions "TumblingWindowInSeconds" (errors at: mapping.ParallelizationFactor)",
      ]
    `);
  });

  it('exits 1 when the file is valid after all', async () => {
    const { code } = await simulate(`${valid}expect: { errors: [BatchSize] }`);
    expect(code).toBe(1);
  });
});

describe("simulate: a user's mistake is exit 2 with one clear line, never a stack trace", () => {
  it.each([
    ['a missing file', ['/no/such/scenario.yaml']],
    ['no file', []],
    ['an unknown option', ['--sumary', 'x.yaml']],
    ['two files', ['a.yaml', 'b.yaml']],
  ])('%s', async (_what, argv) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(JSON.parse(stdout)).toHaveProperty('errors');
  });

  it.each([
    ['not YAML', 'produce: [count: 1'],
    ['YAML that is not a scenario', '- 1\n- 2\n'],
    ['JSON with a trailing comma', '{"produce": [],}'],
  ])('%s', async (_what, text) => {
    const { code, stderr } = await simulate(text);
    expect(code).toBe(2);
    expect(stderr).toHaveLength(1);
  });

  it.each([
    ['does not exist', './no-such-handler.mjs', 'not found'],
    [
      'does not export handler',
      fixture('no-handler-export.mjs'),
      'does not export a function named `handler`',
    ],
    ['throws when imported', fixture('throws-on-import.mjs'), 'throws when imported: Error: cannot connect'],
    ['has a syntax error', brokenModulePath(), 'throws when imported: SyntaxError'],
  ])('a handler module that %s', async (_what, path, reason) => {
    const { code, stderr } = await simulate(`${valid}function: { handler: ${JSON.stringify(path)} }`);
    expect(code).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toContain(reason);
  });
});

describe('simulate resolves paths from where the user typed the command', () => {
  it('reads a relative file from io.cwd (npm passes it as INIT_CWD)', async () => {
    writeFileSync(join(folder, 'relative.yaml'), valid);
    let stdout = '';
    const code = await runCli(['relative.yaml', '--summary'], {
      stdout: async (chunk) => {
        stdout += chunk;
      },
      stderr: () => {},
      cwd: folder,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('counts.invocations', 3);
  });
});

describe('simulate --help', () => {
  it('prints the usage and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run -s simulate -- SCENARIO.yaml [--summary]');
  });
});
