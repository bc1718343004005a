import { readdirSync, statSync } from 'node:fs';
import { monacoChunkGroups } from '../editor/monacoChunkGroups.ts';

/**
 * What the first keystroke in Monaco waits for: the editor core's layer chunks, what is left of the
 * editor API, the playground's kit, and the stylesheet. Importing every chunk at once (rather than
 * the kit alone, whose imports the browser would only discover after parsing it) lets them download
 * and parse in parallel.
 */
const chunk = (name: string) => new RegExp(`^${name.replace(/\./g, '\\.')}\\.[\\w-]+\\.js$`);
const CRITICAL = {
  modules: [...monacoChunkGroups.map((g) => g.name), 'editor.api'].map(chunk),
  kit: chunk('kit'),
  stylesheet: /^editor\.main\.[\w-]+\.css$/,
};

export interface MonacoBuildAssets {
  /** site paths of the editor core's chunks, for `import()` */
  modules: string[];
  /** site path of the playground's editor kit, which starts the handler's editor (earlyHandlerEditor.ts) */
  kit: string | null;
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
  const modules = CRITICAL.modules.map(find).filter((m) => m !== null);
  return { modules, kit: find(CRITICAL.kit), stylesheet: find(CRITICAL.stylesheet) };
}
