import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkExpectations, loadScenario, simulateSync, toResultDocument } from '../../engine/index.ts';

// The article presets double as tests: each one that has an `expect` block (reasoned from the rules its
// header comment names) must hold when the engine runs it, exactly as `npm run -s simulate` checks it.
const dir = new URL('./', import.meta.url);
const presets = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((file) => ({ file, data: parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown> }))
  .filter(({ data }) => data['expect'] !== undefined);

describe('preset expectations hold', () => {
  it('there are article presets with expectations', () => expect(presets.length).toBeGreaterThanOrEqual(9));

  it.each(presets)('$file', ({ file, data }) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    expect(text.split('\n')[0], 'a header comment').toMatch(/^# /);
    expect(text, 'names the rules it shows').toMatch(/R\d+/);
    const loaded = loadScenario(data);
    expect(loaded.errors).toEqual([]);
    const result = toResultDocument(simulateSync(loaded));
    expect(checkExpectations(result, loaded.scenario!.expect!)).toEqual([]);
  });
});
