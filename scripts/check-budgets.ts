// The page budget check: `node scripts/check-budgets.ts [dist]`. For every built page, the gzip size of
// the JavaScript it loads at page load and in total once its islands hydrate (Pagefind's on-demand
// search excluded), against the budgets in scripts/budgets/budgets.ts. Prints a table; exits 1 when a
// page is over budget, or loads Monaco or Mermaid outside the playground.
import { readFileSync } from 'node:fs';
import { builtPages, distDir } from './builtPages.ts';
import { budgetLabel, budgetProblems } from './budgets/budgets.ts';
import { chunkOriginsFile } from './budgets/chunkOrigins.ts';
import { loadOrigins, siteFileReader } from './budgets/loadOrigins.ts';
import { measurePage } from './budgets/measurePage.ts';

// `--explain /some/page/` lists every unit of JavaScript that page loads, with its size and packages.
const explainAt = process.argv.indexOf('--explain');
const explain = explainAt === -1 ? undefined : process.argv.splice(explainAt, 2)[1];
const dist = process.argv[2] ?? distDir;
const origins = loadOrigins(dist);
if (!origins) {
  console.error(
    `No ${chunkOriginsFile} in ${dist}: build the site with this project's astro.config.mjs first (\`npx astro build --outDir ${dist}\`).`,
  );
  process.exit(1);
}
const readFile = siteFileReader(dist);

const rows = builtPages(dist).map(({ file, path }) =>
  measurePage(path, readFileSync(file, 'utf8'), readFile, origins),
);

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const header = ['page', 'kind', 'load', 'total', 'beyond Starlight', 'on demand', 'budget (KB gz)', 'result'];
const table = rows.map((row) => {
  const problems = budgetProblems(row);
  return {
    cells: [
      row.path,
      row.kind,
      kb(row.atLoad),
      kb(row.total),
      kb(row.beyondStarlight),
      kb(row.onDemand),
      budgetLabel(row),
    ],
    problems,
  };
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r.cells[i] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(
  'JavaScript per page, KB gzip (1 KB = 1000 B). load: with the page; total: once every island has hydrated;',
);
console.log('on demand: dynamic imports and workers, not in total. Pagefind search excluded.');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const { cells, problems } of table) console.log(line([...cells, problems.length ? '✘ over' : '✔']));

for (const row of rows.filter((r) => r.path === explain)) {
  console.log(`\n${row.path}: every unit of JavaScript it can load (gzip bytes)`);
  for (const unit of [...row.units].sort((x, y) => y.gzip - x.gzip)) {
    const cells = [
      unit.when.padEnd(9),
      String(unit.gzip).padStart(7),
      unit.id,
      `[${unit.packages.join(', ')}]`,
    ];
    console.log(`  ${cells.join('  ')}`);
  }
}

const failures = table.filter((r) => r.problems.length);
for (const { cells, problems } of failures) for (const p of problems) console.log(`✘ ${cells[0]}: ${p}`);
console.log(
  `${rows.length} pages: ${failures.length ? `${failures.length} over budget` : 'all within budget'}`,
);
process.exit(failures.length ? 1 : 0);
