/**
 * The `simulate` command (scenario spec §1): read, validate, run, check `expect`, print one JSON
 * document. Returns the exit status: 0 ran and every assertion held, 1 an assertion failed, 2 invalid.
 */
import {
  ENGINE_VERSION,
  checkExpectations,
  loadScenario,
  simulate,
  toResultDocument,
  type Expectations,
  type MappingError,
  type ResultDocument,
} from '../engine/index.ts';
import { resolve } from 'node:path';
import { parseArgs, USAGE } from './parseArgs.ts';
import { prepareHandler } from './prepareHandler.ts';
import { readScenarioFile } from './readScenarioFile.ts';
import { writeJsonDocument, type WriteChunk } from './writeJsonDocument.ts';

export interface CliIo {
  stdout: WriteChunk;
  /** one line, without its newline */
  stderr: (line: string) => void;
  /** the directory relative paths are resolved from (default: the process's working directory) */
  cwd?: string;
  /** the most real time one handler invocation may take (tests shorten it) */
  realTimeCapMs?: number;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    await io.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'usage-error') {
    await writeJsonDocument(
      { engine: ENGINE_VERSION, errors: [{ path: '', message: args.message, rule: 'spec' }] },
      io.stdout,
    );
    io.stderr(`simulate: ${args.message}`);
    return 2;
  }
  const { file, summary } = args;
  // `npm run` starts scripts in the package root; INIT_CWD is where the user typed the command.
  const location = resolve(io.cwd ?? '.', file);
  const text = await readScenarioFile(location, file);
  if (!text.ok) return reject(io, file, text.errors, [], null);
  const loaded = loadScenario(text.value);
  const expect = loaded.expect ?? null;
  if (!loaded.scenario || loaded.errors.length > 0)
    return reject(io, file, loaded.errors, loaded.warnings, expect);
  const { function: fn, seed, startEpochMs } = loaded.scenario;
  const prepared = await prepareHandler(location, fn.handler, { seed, startEpochMs }, io.realTimeCapMs);
  if (!prepared.ok) return reject(io, file, prepared.errors, loaded.warnings, expect);
  let run;
  try {
    run = await simulate(loaded, prepared.handler ? { handler: prepared.handler } : {});
  } catch (error) {
    // An engine bug, not the user's mistake; still one JSON document and one line, no stack.
    const message = `internal error in the engine: ${error instanceof Error ? error.message : String(error)}`;
    return reject(io, file, [{ path: '', message, rule: 'spec' }], loaded.warnings, null);
  } finally {
    await prepared.handler?.close();
  }
  for (const warning of run.warnings) io.stderr(`${file}: warning: ${warning}`);
  const full = !summary || needsRecordLists(expect) ? toResultDocument(run, { summary: false }) : null;
  const printed: ResultDocument = summary
    ? toResultDocument(run, { summary: true })
    : (full as ResultDocument);
  const failures = expect ? checkExpectations(full ?? printed, expect) : [];
  await writeJsonDocument(printed, io.stdout);
  for (const failure of failures) io.stderr(`${file}: expect failed: ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

/** `delivered`, `notDelivered` and `discarded` need the per-record lists even for a --summary run. */
function needsRecordLists(expect: Expectations | null): boolean {
  return !!expect && (!!expect.delivered || !!expect.notDelivered || !!expect.discarded);
}

/**
 * Exit 2 with `{"errors":[…]}` and one stderr line per error; or, for a file whose `expect.errors`
 * declares it must be rejected, exit 0 when every listed string appears and 1 otherwise (spec §1).
 */
async function reject(
  io: CliIo,
  file: string,
  errors: MappingError[],
  warnings: string[],
  expect: Expectations | null,
): Promise<number> {
  const document = {
    engine: ENGINE_VERSION,
    errors: errors.map(({ path, message, rule }) => ({ path, message, rule })),
    warnings,
  };
  await writeJsonDocument(document, io.stdout);
  if (expect?.errors) {
    const failures = checkExpectations(document, expect);
    for (const failure of failures) io.stderr(`${file}: expect failed: ${failure}`);
    return failures.length > 0 ? 1 : 0;
  }
  for (const { path, message } of errors) io.stderr(errorLine(file, path, message));
  return 2;
}

function errorLine(file: string, path: string, message: string): string {
  if (path !== '') return `${file}: ${path}: ${message}`;
  return message.includes(file) ? message : `${file}: ${message}`;
}
