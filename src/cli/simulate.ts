/**
 * `npm run -s simulate -- SCENARIO.yaml [--summary]` (scenario spec §1). Prints exactly one JSON
 * document on stdout; problems go to stderr, one line each, never as a stack trace.
 */
import { runCli } from './runCli.ts';

/** Writes to stdout and waits for the pipe to drain, so a large document is never cut short. */
const writeStdout = (chunk: string): Promise<void> =>
  new Promise((resolve, reject) =>
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve())),
  );

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: writeStdout,
    stderr: (line) => process.stderr.write(`${line}\n`),
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
  });
} catch (error) {
  // Not a user's mistake: an engine bug. Still one line; OL_DEBUG=1 shows the stack.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `simulate: internal error: ${message}${process.env['OL_DEBUG'] ? `\n${(error as Error).stack}` : ''}\n`,
  );
  process.exitCode = 2;
}
