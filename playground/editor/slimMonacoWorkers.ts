import { fileURLToPath } from 'node:url';

const upstream = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/;
const replacement = fileURLToPath(new URL('./monacoCreateWebWorker.ts', import.meta.url));

/**
 * A Vite plugin: Monaco's language services import `createWebWorker` from a module that also loads
 * every editor feature Monaco has; this resolves that module to `monacoCreateWebWorker.ts`, which
 * keeps only `createWebWorker` (why: see that file).
 */
export function slimMonacoWorkers(): { name: string; enforce: 'pre'; resolveId: ResolveId } {
  return {
    name: 'offset-lab:slim-monaco-workers',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/monaco-editor/.test(importer) || !source.endsWith('internal/common/workers.js'))
        return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && upstream.test(resolved.id) ? replacement : null;
    },
  };
}

type ResolveId = (
  this: {
    resolve: (
      source: string,
      importer: string,
      options: { skipSelf: boolean },
    ) => Promise<{ id: string } | null>;
  },
  source: string,
  importer: string | undefined,
) => Promise<string | null>;
