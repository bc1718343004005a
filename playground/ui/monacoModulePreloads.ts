import { readdirSync, statSync } from 'node:fs';

/** Monaco's two big chunks on the way to the first keystroke: the editor core and the playground's kit. */
const CRITICAL_CHUNKS = [/^editor\.api\.[\w-]+\.js$/, /^kit\.[\w-]+\.js$/];

/**
 * The hrefs of Monaco's critical chunks in a built site, for `<link rel="modulepreload">` in the
 * playground's head: the browser then fetches and compiles them while it parses the page, instead of
 * after the islands have loaded (issue 6's 3 s editor budget). Chunk names carry build hashes, so they
 * are read from the client build's output (`assetsDir`, written before pages are rendered). Returns
 * [] when the folder or a chunk is missing (dev server): the island's own import still loads them.
 */
export function monacoModulePreloads(assetsDir: URL, assetsHref: string): string[] {
  let files: string[];
  try {
    files = readdirSync(assetsDir);
  } catch {
    return [];
  }
  const age = (file: string) => -statSync(new URL(file, assetsDir)).mtimeMs;
  return CRITICAL_CHUNKS.flatMap((pattern) => {
    // after a rebuild into a folder that was not emptied, the newest build's chunk is the live one
    const [newest] = files.filter((f) => pattern.test(f)).sort((a, b) => age(a) - age(b));
    return newest ? [`${assetsHref.replace(/\/?$/, '/')}${newest}`] : [];
  });
}
