/**
 * The modules a built JavaScript file asks for, read from Rolldown/Vite output (minified ES modules).
 * `loadsNow` are fetched before the file runs (static `import`/`export … from`); `loadsLater` only when
 * the code decides to (dynamic `import()`, Vite's preload dependency lists, workers and
 * `new URL(…, import.meta.url)` assets).
 */
export interface JsReferences {
  loadsNow: string[];
  loadsLater: string[];
}

const staticImport = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n]+?)\1/g;
const dynamicImport = /(?:^|[^\w$.])import\s*\(\s*(["'`])([^"'`\n]+?)\1\s*\)/g;
const urlFromImportMeta = /new\s+URL\s*\(\s*(["'`])([^"'`\n]+?)\1\s*,\s*import\.meta\.url\s*\)/g;
const workerFromString = /new\s+(?:Shared)?Worker\s*\(\s*(["'`])([^"'`\n]+?)\1/g;
// Vite's `__vite__mapDeps` lists the files (relative to the site root) a dynamic import preloads.
const preloadList = /__vite__mapDeps\s*=[^[]*\[([^\]]*)\]/g;

export function jsReferences(code: string): JsReferences {
  const loadsNow = [...code.matchAll(staticImport)].map((m) => m[2] ?? '');
  const loadsLater = [
    ...[...code.matchAll(dynamicImport)].map((m) => m[2] ?? ''),
    ...[...code.matchAll(urlFromImportMeta)].map((m) => m[2] ?? ''),
    ...[...code.matchAll(workerFromString)].map((m) => m[2] ?? ''),
    ...[...code.matchAll(preloadList)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/(["'`])([^"'`]+)\1/g)].map((s) => `/${(s[2] ?? '').replace(/^\/+/, '')}`),
    ),
  ];
  return { loadsNow: unique(loadsNow), loadsLater: unique(loadsLater) };
}

function unique(specifiers: string[]): string[] {
  return [...new Set(specifiers.filter((s) => s !== ''))];
}

/**
 * The site path a specifier in the file at `importer` (a site path) refers to, or undefined for bare
 * package names and other origins, which a built site never loads from its own folder.
 */
export function resolveSpecifier(specifier: string, importer: string): string | undefined {
  if (!/^(?:\.{1,2}\/|\/(?!\/))/.test(specifier)) return undefined;
  const url = new URL(specifier, new URL(importer, 'http://site.invalid'));
  return url.origin === 'http://site.invalid' ? url.pathname : undefined;
}
