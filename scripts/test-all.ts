// `npm test`: every check the project has, in order, stopping at the first red. Each step prints its own
// output; the last line always says how many checks passed and failed.
//
// OL_DIST (default `dist`) and OL_PORT (default 4321) let several people build and serve on one machine.
// `npm test -- --from "astro build"` starts at a later step (while fixing one, or after a build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, missingChromiumMessage } from './chromium.ts';

const dist = process.env.OL_DIST ?? 'dist';
const port = process.env.OL_PORT ?? '4321';
const bin = (name: string): string => `node_modules/.bin/${name}`;
const nodeTs = (file: string, ...args: string[]): string[] => [
  process.execPath,
  'scripts/run.mjs',
  file,
  ...args,
];

interface Step {
  name: string;
  command: string[];
}

/** The checks, cheapest first, so a typo fails in seconds rather than after the build. */
const steps: Step[] = [
  { name: 'astro check', command: [bin('astro'), 'check'] },
  { name: 'tsc --noEmit', command: [bin('tsc'), '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'eslint', command: [bin('eslint'), '--max-warnings=0', '.'] },
  { name: 'prettier --check', command: [bin('prettier'), '--check', '.'] },
  { name: 'vitest run', command: [bin('vitest'), 'run'] },
  { name: 'astro build', command: [bin('astro'), 'build', '--outDir', dist] },
  // Browser tests and the axe sweep share one Playwright config; the sweep is told apart by its tag.
  // Two workers: the specs are independent (each test has its own browser context). Timed budgets
  // (@perf) are left to `npm run bench:browser`, on a quiet machine.
  {
    name: 'playwright (browser tests)',
    command: [bin('playwright'), 'test', '--grep-invert', '@axe-sweep|@perf', '--workers=2'],
  },
  {
    name: 'axe sweep of every page',
    command: [bin('playwright'), 'test', '--grep', '@axe-sweep', '--workers=2'],
  },
  { name: 'internal links and anchors', command: nodeTs('scripts/check-links.ts', dist) },
  { name: 'page budgets', command: nodeTs('scripts/check-budgets.ts', dist) },
];

// `--from <step name>`: skip the steps before it. Skipped steps count as "not run", never as passed.
const fromAt = process.argv.indexOf('--from');
const from = fromAt === -1 ? undefined : process.argv[fromAt + 1];
const firstStep = from === undefined ? 0 : steps.findIndex((step) => step.name.startsWith(from));
if (firstStep === -1) {
  console.error(`No step starts with "${from}". Steps: ${steps.map((s) => s.name).join(', ')}`);
  process.exit(1);
}

function preflight(): string | undefined {
  if (!existsSync('node_modules/.bin/astro'))
    return 'node_modules is missing or incomplete: run `npm ci` first.';
  if (!chromiumPath()) return missingChromiumMessage;
  return undefined;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

const problem = preflight();
if (problem) {
  console.error(problem);
  console.log(`0 checks passed, 1 failed (preflight), ${steps.length} not run`);
  process.exit(1);
}

// CI=1: Playwright starts its own preview server (never reuses a stranger's on the port) and forbids .only.
const env = { ...process.env, OL_DIST: dist, OL_PORT: port, CI: '1', ASTRO_TELEMETRY_DISABLED: '1' };
const results: { name: string; ok: boolean; time: string }[] = [];
const start = performance.now();

for (const step of steps.slice(firstStep)) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const began = performance.now();
  const [command = '', ...args] = step.command;
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, time: seconds(began) });
  console.log(
    `${ok ? '✔' : '✘'} ${step.name} (${seconds(began)})${run.error ? `: ${run.error.message}` : ''}`,
  );
  if (!ok) break;
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
const notRun = steps.length - results.length;
console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✔' : '✘'} ${r.name.padEnd(30)} ${r.time}`);
const failure = results.find((r) => !r.ok);
console.log(
  `${passed} checks passed, ${failed} failed${failure ? ` (${failure.name})` : ''}` +
    `${notRun ? `, ${notRun} not run` : ''} in ${seconds(start)}`,
);
process.exit(failed ? 1 : 0);
