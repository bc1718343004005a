import type { PageLinks } from './pageLinks.ts';
import { fileForPath, resolveLink } from './resolveLink.ts';

/** A broken reference (or an unreachable page), with where it was found. */
export interface LinkProblem {
  page: string;
  url: string;
  problem: string;
}

export interface SiteLinks {
  /** Every built page by its URL path (`/a/b/`, `/404.html`). */
  pages: Map<string, PageLinks>;
  /** Whether the built site has a file at this path relative to its root (`_astro/x.js`). */
  fileExists: (file: string) => boolean;
  /** The site's origin (`https://offset-lab.dev`): absolute links to it are internal. */
  origin: string;
}

export interface LinkReport {
  problems: LinkProblem[];
  checked: number;
  fragments: number;
}

/**
 * Checks every internal `href`/`src` and every `#fragment` of every page, and that every page is
 * reachable from the landing page (a page missing from `src/sidebar.mjs` usually is not).
 * Pages marked `noindex` (embeds) and the 404 page may stand alone.
 */
export function checkSite({ pages, fileExists, origin }: SiteLinks): LinkReport {
  const problems: LinkProblem[] = [];
  const linkedPages = new Map<string, Set<string>>();
  let checked = 0;
  let fragments = 0;
  for (const [page, { links, canonical }] of pages) {
    const problem = canonicalProblem(page, canonical, origin);
    if (problem) problems.push({ page, url: canonical ?? '(none)', problem });
    const out = new Set<string>();
    linkedPages.set(page, out);
    for (const { url } of links) {
      const target = resolveLink(url, page, origin);
      if (target.kind !== 'internal') continue;
      checked += 1;
      const problem = targetProblem(target.path, target.fragment, pages, fileExists);
      if (problem) problems.push({ page, url, problem });
      if (pages.has(target.path)) out.add(target.path);
      if (target.fragment) fragments += 1;
    }
  }
  for (const page of unreachable(pages, linkedPages)) {
    problems.push({ page, url: page, problem: 'no page links here (is it in src/sidebar.mjs?)' });
  }
  return { problems, checked, fragments };
}

/** Search engines index a page under its canonical URL, so it must be the page's own address. */
function canonicalProblem(page: string, canonical: string | undefined, origin: string): string | undefined {
  // Starlight gives the 404 page the canonical /404/, which is never served; nobody indexes a 404.
  if (page === '/404.html' || canonical === undefined) return undefined;
  const target = resolveLink(canonical, page, origin);
  if (target.kind === 'internal' && target.path === page) return undefined;
  return `the canonical URL should be ${new URL(page, origin).href}`;
}

function targetProblem(
  path: string,
  fragment: string | undefined,
  pages: Map<string, PageLinks>,
  fileExists: (file: string) => boolean,
): string | undefined {
  const file = fileForPath(path);
  if (!fileExists(file)) {
    if (!path.endsWith('/') && fileExists(`${file}/index.html`))
      return `missing trailing slash: use ${path}/`;
    return `nothing is built at ${path}`;
  }
  // `#` alone and `#top` scroll to the top of any page (HTML spec, "scroll to the fragment").
  if (!fragment || fragment.toLowerCase() === 'top') return undefined;
  const target = pages.get(path);
  if (target && !target.ids.has(fragment)) return `${path} has no element with id "${fragment}"`;
  return undefined;
}

function unreachable(pages: Map<string, PageLinks>, linkedPages: Map<string, Set<string>>): string[] {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
    for (const next of linkedPages.get(page) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...pages.keys()].filter(
    (page) => !seen.has(page) && page !== '/404.html' && !pages.get(page)?.noindex,
  );
}
