// `npm run lighthouse [-- [--runs=N] /page/ …]`: Lighthouse (mobile, simulated throttling) on the built
// site in OL_DIST (default dist): the landing page, an article and the playground unless pages are
// given. Each page is audited N times (default 3) and the median run is reported, picked by
// Lighthouse's own `computeMedianRun`, as its variability guide advises
// (https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md). Prints the four category
// scores and the key timings of that run, every run's performance score, and every audit that cost a
// point. Lighthouse is not a project dependency (176 MB): it is installed into .lighthouse/ on first use.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, chromiumPath, disableFeaturesSwitch, missingChromiumMessage } from './chromium.ts';
import { startPreview } from './previewServer.ts';

const dist = process.env.OL_DIST ?? 'dist';
const port = Number(process.env.OL_PORT ?? 4321);
const args = process.argv.slice(2);
const runsArg = args.find((a) => a.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 3;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs wants a whole number of runs per page, at least 1 (got ${runsArg}).`);
  process.exit(1);
}
const pageArgs = args.filter((a) => !a.startsWith('--'));
const pages = pageArgs.length ? pageArgs : ['/', '/explanation/offset-management/', '/playground/'];
const cli = '.lighthouse/node_modules/lighthouse/cli/index.js';
const medianRunModule = '.lighthouse/node_modules/lighthouse/core/lib/median-run.js';
const launcherFlagsModule = '.lighthouse/node_modules/chrome-launcher/dist/flags.js';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  console.error(
    `Lighthouse 13 needs Node.js >= 22.19 (this is ${process.version}): use Node 24 (see README).`,
  );
  process.exit(1);
}
const chrome = chromiumPath();
if (!chrome) {
  console.error(missingChromiumMessage);
  process.exit(1);
}
if (!existsSync(cli)) {
  console.log('Installing Lighthouse 13 into .lighthouse/ (first use only)…');
  execFileSync('npm', ['install', '--prefix', '.lighthouse', '--no-audit', '--no-fund', 'lighthouse@13'], {
    stdio: 'inherit',
  });
}

interface Category {
  score: number | null;
  auditRefs: { id: string; weight: number }[];
}
interface Audit {
  title: string;
  score: number | null;
  displayValue?: string;
  numericValue?: number;
}
interface Report {
  categories: Record<string, Category>;
  audits: Record<string, Audit & { details?: { items?: Record<string, number>[] } }>;
}

const { computeMedianRun } = (await import(pathToFileURL(resolve(medianRunModule)).href)) as {
  computeMedianRun(runs: Report[]): Report;
};

// Chrome without the omnibox WebUI it preloads per window (scripts/chromium.ts), which competed with the
// audited page for the CPU, and with chrome-launcher's own disabled features kept.
const { DEFAULT_FLAGS } = (await import(pathToFileURL(resolve(launcherFlagsModule)).href)) as {
  DEFAULT_FLAGS: string[];
};
const launcherFeatures = DEFAULT_FLAGS.find((f) => f.startsWith('--disable-features='))?.split('=')[1];
const lighthouseChromeFlags = [...chromiumArgs, disableFeaturesSwitch(launcherFeatures?.split(',') ?? [])];

/**
 * Headless Chrome sometimes holds a page's first frame back by one or two whole seconds after the page
 * is ready (viz throttles BeginFrames to a client it finds unresponsive during load; reproduced on
 * PageSpeed Insights: https://github.com/GoogleChrome/lighthouse/issues/17148). Lighthouse then sees
 * the first paint long after the load event, and Speed Index pays for it. Such runs are marked.
 */
function firstFrameHeldBack(report: Report): boolean {
  const observed = report.audits['metrics']?.details?.items?.[0];
  if (!observed) return false;
  const firstFrame = observed['observedFirstVisualChange'] ?? 0;
  const load = observed['observedLoad'] ?? 0;
  return firstFrame - load > 700;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
// Lighthouse's simulated throttling scales the main-thread time it observes, so a busy machine lowers
// the performance score: the load average is printed with the results to read them by.
const loadAtStart = loadavg()[0] ?? 0;
const outDir = mkdtempSync(join(tmpdir(), 'offset-lab-lighthouse-'));
const server = await startPreview(dist, port);
const rows: string[][] = [];
const lost: string[] = [];
try {
  for (const [i, page] of pages.entries()) {
    const reports: Report[] = [];
    for (let run = 0; run < runs; run++) {
      const output = join(outDir, `${i}-${run}.json`);
      const lighthouse = spawnSync(
        process.execPath,
        [
          cli,
          `${server.url}${page}`,
          '--quiet',
          `--only-categories=${categories.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
          `--chrome-flags=--headless=new ${lighthouseChromeFlags.join(' ')}`,
        ],
        { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
      );
      if (lighthouse.status !== 0 || !existsSync(output)) throw new Error(`Lighthouse failed on ${page}`);
      reports.push(JSON.parse(readFileSync(output, 'utf8')) as Report);
    }
    const report = computeMedianRun(reports);
    const score = (r: Report, id: string): string => String(Math.round((r.categories[id]?.score ?? 0) * 100));
    const timing = (id: string): string => report.audits[id]?.displayValue ?? '?';
    rows.push([
      page,
      ...categories.map((id) => score(report, id)),
      timing('first-contentful-paint'),
      timing('largest-contentful-paint'),
      timing('speed-index'),
      timing('total-blocking-time'),
      timing('cumulative-layout-shift'),
      reports.map((r) => `${score(r, 'performance')}${firstFrameHeldBack(r) ? '*' : ''}`).join(' '),
    ]);
    for (const id of categories) {
      for (const ref of report.categories[id]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
          lost.push(`${page} ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
  }
} finally {
  server.stop();
}

const header = [
  'page',
  'perf',
  'a11y',
  'best pr.',
  'SEO',
  'FCP',
  'LCP',
  'SI',
  'TBT',
  'CLS',
  'perf, each run',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
const load = `load average ${loadAtStart.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`;
console.log(
  `\nLighthouse (mobile) on ${dist}: median of ${runs} run${runs > 1 ? 's' : ''} per page (${load})`,
);
console.log(line(header));
for (const row of rows) console.log(line(row));
if (rows.some((r) => r.at(-1)?.includes('*'))) {
  console.log(
    '* first frame held back by headless Chrome after the page had loaded (lighthouse#17148): Speed Index pays for it',
  );
}
if (lost.length) console.log(`\nAudits that cost points:\n${lost.map((l) => `  ${l}`).join('\n')}`);
