import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The built site the checks and browser tests read (OL_DIST, as in playwright.config.ts). */
export const distDir = process.env.OL_DIST ?? 'dist';

/**
 * Every page of the built site as a URL path: `dist/a/b/index.html` → `/a/b/`, `dist/404.html` →
 * `/404.html`. Pagefind's own files are not pages.
 */
export function builtPages(dir: string = distDir): BuiltPage[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.split(sep).includes('pagefind'))
    .map((file) => ({ file: join(dir, file), path: pagePath(file) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export interface BuiltPage {
  /** The HTML file on disk. */
  file: string;
  /** The URL path it is served at. */
  path: string;
}

/** `a/b/index.html` → `/a/b/`; `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
