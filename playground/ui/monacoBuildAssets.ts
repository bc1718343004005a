import { readdirSync, statSync } from 'node:fs';

/** What the first keystroke in Monaco waits for: the editor core, the playground's kit, the stylesheet. */
const CRITICAL = {
  editorCore: /^editor\.api\.[\w-]+\.js$/,
  kit: /^kit\.[\w-]+\.js$/,
  stylesheet: /^editor\.main\.[\w-]+\.css$/,
};

export interface MonacoBuildAssets {
  /** site paths of the editor core and the kit, for `import()` */
  modules: string[];
  /** site path of Monaco's stylesheet */
  stylesheet: string | null;
}

/**
 * Where a built site keeps Monaco's critical files, so the playground page can start loading them
 * while it is parsed rather than after its island has loaded (issue 6's 3 s editor budget). Names
 * carry build hashes, so they are read from the client build's output (`assetsDir`, written before
 * pages are rendered). Nothing is found on the dev server: the island's own import loads them then.
 */
export function monacoBuildAssets(assetsDir: URL, assetsHref: string): MonacoBuildAssets {
  let files: string[] = [];
  try {
    files = readdirSync(assetsDir);
  } catch {
    // no built site (dev server)
  }
  const age = (file: string) => -statSync(new URL(file, assetsDir)).mtimeMs;
  const find = (pattern: RegExp): string | null => {
    // after a rebuild into a folder that was not emptied, the newest build's file is the live one
    const [newest] = files.filter((f) => pattern.test(f)).sort((a, b) => age(a) - age(b));
    return newest ? `${assetsHref.replace(/\/?$/, '/')}${newest}` : null;
  };
  const modules = [find(CRITICAL.editorCore), find(CRITICAL.kit)].filter((m) => m !== null);
  return { modules, stylesheet: find(CRITICAL.stylesheet) };
}
