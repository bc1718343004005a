import type { PageMeasure } from './measurePage.ts';

/** Budgets from issue 2 (every page, plain pages) and issue 4 (simulations), in gzip bytes; 1 KB = 1000 B. */
export const budgets = {
  atLoad: 8_000,
  pageBeyondStarlight: 5_000,
  simulationTotal: 60_000,
} as const;

/** Why a page is over budget; empty when it is within. */
export function budgetProblems(page: PageMeasure): string[] {
  const problems: string[] = [];
  const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
  if (page.atLoad > budgets.atLoad)
    problems.push(`loads ${kb(page.atLoad)} at page load (max ${kb(budgets.atLoad)})`);
  if (page.kind === 'page' && page.beyondStarlight > budgets.pageBeyondStarlight) {
    problems.push(
      `${kb(page.beyondStarlight)} beyond Starlight's own (max ${kb(budgets.pageBeyondStarlight)})`,
    );
  }
  // An embed is one simulation in a frame: it ships the build-time run as an article does and loads
  // the engine only on demand, so the article budget applies to it too.
  if ((page.kind === 'simulation' || page.kind === 'embed') && page.total > budgets.simulationTotal) {
    problems.push(`${kb(page.total)} in total (max ${kb(budgets.simulationTotal)} with a simulation)`);
  }
  if (page.kind !== 'playground') {
    if (page.monaco.length) problems.push(`loads monaco-editor code (${page.monaco.join(', ')})`);
    if (page.mermaid.length) problems.push(`loads the mermaid library (${page.mermaid.join(', ')})`);
  }
  return problems;
}

/** The budget that applies to a page, as the table shows it. */
export function budgetLabel(page: PageMeasure): string {
  if (page.kind === 'playground') return 'load ≤ 8 KB';
  if (page.kind === 'simulation' || page.kind === 'embed') return 'load ≤ 8, total ≤ 60';
  return 'load ≤ 8, extra ≤ 5';
}
