/** Runs the real command, `node src/cli/simulate.ts …`, from the repository root (tests only). */
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runSimulate(args: readonly string[], timeoutMs = 60_000): Promise<CommandResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['src/cli/simulate.ts', ...args],
      { cwd: repoRoot, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** A stack trace line (`    at foo (file.ts:1:2)`) never belongs in the command's output. */
export const hasStackTrace = (text: string): boolean => /^\s+at .+[:(]/m.test(text);
