/**
 * The public conformance scenarios (shared/conformance, when it exists beside the checkout) run
 * through the engine with the project's loader and `expect` checker: every file must pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenario } from './scenario/loadScenario.ts';
import { checkExpectations } from './scenario/checkExpectations.ts';
import { simulateSync } from './simulate.ts';
import { toResultDocument } from './result/toResultDocument.ts';

const here = dirname(fileURLToPath(import.meta.url));
const candidates = [resolve(here, '../../../shared/conformance'), resolve(here, '../../shared/conformance')];
const folder = candidates.find((c) => existsSync(c));
const files = folder
  ? readdirSync(folder)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
  : [];

describe.skipIf(!folder)('public conformance scenarios', () => {
  it.each(files)('%s passes its expect block', (file) => {
    const loaded = loadScenario(parse(readFileSync(join(folder!, file), 'utf8')));
    const doc = loaded.errors.length > 0 ? { errors: loaded.errors } : toResultDocument(simulateSync(loaded));
    const failures = loaded.expect ? checkExpectations(doc, loaded.expect) : [];
    expect(failures).toEqual([]);
  });
});
