// `npm run bench:browser`: the timed budgets, measured by Playwright in Chromium against the built site
// (OL_DIST, default dist; run `npm run build` first): seek-to-paint over an 8-day scenario (≤ 100 ms),
// playback of 12 partitions × 10,000 records (60 fps) and the playground editor taking a keystroke
// (≤ 3 s). They are the Playwright tests tagged @perf; `npm test` leaves them out because on a busy
// machine the other work, not the code, decides a timing. Prints the figures and the load average, and
// fails over budget.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, missingChromiumMessage } from './chromium.ts';

const dist = process.env.OL_DIST ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}/: run \`npm run build\` first (or set OL_DIST).`);
  process.exit(1);
}
if (!chromiumPath()) {
  console.error(missingChromiumMessage);
  process.exit(1);
}

const before = loadavg()[0] ?? 0;
if (before > 1.5)
  console.warn(
    `Load average is ${before.toFixed(1)}: other work shares the CPU, so the figures will be worse.`,
  );
// One worker: the measurements must not compete with each other.
const run = spawnSync(
  'node_modules/.bin/playwright',
  ['test', '--grep', '@perf', '--workers=1', '--reporter=list'],
  { stdio: 'inherit', env: { ...process.env, CI: '1' } },
);
console.log(`\nLoad average ${before.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on this machine.`);
process.exit(run.status ?? 1);
