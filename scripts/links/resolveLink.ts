/** Where a URL on a page points, as far as the link check cares. */
export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'pagefind' }
  | { kind: 'internal'; path: string; fragment: string | undefined };

/**
 * Resolves `url`, found on the page served at `pagePath`, against the site's origin. Other origins and
 * non-HTTP schemes (`mailto:`, `data:`) are external; Pagefind's index is built after the pages and
 * loaded on demand, so it is left to Pagefind.
 */
export function resolveLink(url: string, pagePath: string, origin: string): LinkTarget {
  let resolved: URL;
  try {
    resolved = new URL(url, new URL(pagePath, origin));
  } catch {
    return { kind: 'internal', path: url, fragment: undefined };
  }
  if (resolved.origin !== new URL(origin).origin) return { kind: 'external' };
  const path = safeDecode(resolved.pathname);
  if (path.startsWith('/pagefind/')) return { kind: 'pagefind' };
  const fragment = resolved.hash ? safeDecode(resolved.hash.slice(1)) : url.includes('#') ? '' : undefined;
  return { kind: 'internal', path, fragment };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The file in the built site that serves `path`: `/a/` → `a/index.html`, `/a.png` → `a.png`.
 * The site uses `trailingSlash: 'always'`, so `/a` for a page is not the page.
 */
export function fileForPath(path: string): string {
  const relative = path.replace(/^\/+/, '');
  return path.endsWith('/') ? `${relative}index.html` : relative;
}
