import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { slimMonacoWorkers } from './slimMonacoWorkers.ts';

const monacoFile = (path: string) => `/app/node_modules/monaco-editor/esm/vs/${path}`;
const replacement = fileURLToPath(new URL('./monacoCreateWebWorker.ts', import.meta.url));

/** Runs the plugin's resolveId with a resolver that maps relative paths the way Vite would. */
async function resolveWith(source: string, importer: string | undefined): Promise<string | null> {
  const context = {
    resolve: async (s: string, i: string) => ({ id: new URL(s, `file://${i}`).pathname }),
  };
  return slimMonacoWorkers().resolveId.call(context, source, importer);
}

describe('slimMonacoWorkers', () => {
  it.each([
    {
      behaviour: "replaces the module Monaco's language services get createWebWorker from",
      source: '../../../internal/common/workers.js',
      importer: monacoFile('languages/features/typescript/workerManager.js'),
      expected: replacement,
    },
    {
      behaviour: 'leaves other Monaco modules alone',
      source: '../../../internal/common/initialize.js',
      importer: monacoFile('languages/features/typescript/ts.worker.js'),
      expected: null,
    },
    {
      behaviour: "leaves a project's own workers.js alone",
      source: './internal/common/workers.js',
      importer: '/app/src/main.ts',
      expected: null,
    },
    {
      behaviour: 'leaves entry points alone',
      source: 'internal/common/workers.js',
      importer: undefined,
      expected: null,
    },
  ])('$behaviour', async ({ source, importer, expected }) => {
    expect(await resolveWith(source, importer)).toBe(expected);
  });
});
