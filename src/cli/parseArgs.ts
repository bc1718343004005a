/** The command line of `simulate` (scenario spec §1): one scenario file, optionally `--summary`. */
export type CliArgs =
  | { kind: 'help' }
  | { kind: 'run'; file: string; summary: boolean }
  | { kind: 'usage-error'; message: string };

export function parseArgs(argv: readonly string[]): CliArgs {
  const files: string[] = [];
  let summary = false;
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--summary') summary = true;
    else if (arg === '--') continue;
    else if (arg.startsWith('-') && arg !== '-')
      return { kind: 'usage-error', message: `unknown option ${arg} (try --help)` };
    else files.push(arg);
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'no scenario file given (try --help)' };
  if (files.length > 1)
    return {
      kind: 'usage-error',
      message: `one scenario file at a time, got ${files.length}: ${files.join(', ')}`,
    };
  return { kind: 'run', file: files[0] as string, summary };
}

export const USAGE = `Usage: npm run -s simulate -- SCENARIO.yaml [--summary]

Runs an Offset Lab scenario (YAML or JSON) headless and prints one JSON result document on stdout.

Options:
  --summary   leave out invocations, commits and discarded (for long runs); final and counts stay
  --help      show this help

Exit status:
  0  the scenario is valid and ran, and every expect assertion held
     (or it declares expect.errors and was rejected with every listed string)
  1  it ran, but an expect assertion failed (stderr names each, one per line)
  2  the scenario, its mapping or its handler module is invalid: stdout is {"errors":[...]}
     and stderr has one line per error

The scenario format: shared/spec/scenario-format.md (function.handler paths are relative to the file).
`;
