import { createHash } from 'node:crypto';
import type { Plugin, Rolldown } from 'vite';

/** Where the build leaves its record of what every JavaScript chunk is made of (in the output folder). */
export const chunkOriginsFile = '.offset-lab/chunk-origins.json';

/** One emitted chunk: the npm packages its modules come from (`project` for our own source). */
export interface ChunkOrigin {
  packages: string[];
  /** sha256 of the trimmed code: Astro inlines small scripts into the HTML and deletes the file. */
  sha256: string;
}

export type ChunkOrigins = Record<string, ChunkOrigin>;

/** `/x/node_modules/@scope/pkg/a.js` → `@scope/pkg`; our own files → `project`; `\0virtual` → `virtual`. */
export function packageOf(moduleId: string): string {
  const path = moduleId.replaceAll('\\', '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at === -1) return path.startsWith('\0') || !path.startsWith('/') ? 'virtual' : 'project';
  const [first = '', second = ''] = path.slice(at + '/node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

export function codeHash(code: string): string {
  return createHash('sha256').update(code.trim()).digest('hex');
}

/**
 * Vite plugins that record, for every client and worker chunk, which packages it holds, so the page
 * budget check (scripts/check-budgets.ts) can tell Starlight's code, Monaco and Mermaid apart by what
 * the bundler put in them rather than by guessing from file names.
 * Use `plugin` in `vite.plugins` and `workerPlugin` in `vite.worker.plugins`.
 */
export function chunkOrigins(): { plugin: Plugin; workerPlugin: () => Plugin } {
  const origins: ChunkOrigins = {};
  const record = (bundle: Rolldown.OutputBundle): void => {
    for (const [fileName, output] of Object.entries(bundle)) {
      if (output.type !== 'chunk') continue;
      const packages = [...new Set(output.moduleIds.map(packageOf))].sort();
      origins[fileName] = { packages, sha256: codeHash(output.code) };
    }
  };
  const plugin: Plugin = {
    name: 'offset-lab:chunk-origins',
    apply: 'build',
    // Before Astro's own generateBundle, which inlines small scripts and deletes their chunks.
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      for (const key of Object.keys(origins)) delete origins[key];
    },
    generateBundle(_options, bundle) {
      record(bundle);
      this.emitFile({ type: 'asset', fileName: chunkOriginsFile, source: JSON.stringify(origins, null, 1) });
    },
  };
  // Worker bundles are built while the client bundle is transformed, so they are recorded first.
  const workerPlugin = (): Plugin => ({
    name: 'offset-lab:chunk-origins-worker',
    generateBundle(_options, bundle) {
      record(bundle);
    },
  });
  return { plugin, workerPlugin };
}
