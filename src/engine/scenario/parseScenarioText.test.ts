import { describe, expect, it } from 'vitest';
import { parseScenarioText } from './parseScenarioText.ts';

const messages = (text: string, file = 'scenario.yaml'): string[] => {
  const result = parseScenarioText(text, file);
  return result.ok ? [] : result.errors.map((e) => e.message);
};

describe('parseScenarioText reads YAML or JSON into plain data', () => {
  it('reads YAML, keeping map keys such as partition numbers as strings', () => {
    expect(parseScenarioText('consumerGroup: { id: billing, offsets: { 0: 4 } }', 'a.yml')).toEqual({
      ok: true,
      value: { consumerGroup: { id: 'billing', offsets: { '0': 4 } } },
    });
  });

  it('reads JSON by file name, and JSON inside a .yaml file too', () => {
    expect(parseScenarioText('{"seed": 3}', 'a.json')).toEqual({ ok: true, value: { seed: 3 } });
    expect(parseScenarioText('{"seed": 3}', 'a.yaml')).toEqual({ ok: true, value: { seed: 3 } });
  });

  it('keeps a timestamp-looking start as a string (YAML 1.2 core schema)', () => {
    expect(parseScenarioText('start: 2026-01-01T00:00:00Z', 'a.yaml')).toEqual({
      ok: true,
      value: { start: '2026-01-01T00:00:00Z' },
    });
  });

  it('explains syntax errors in one line each, with line and column', () => {
    expect([
      ...messages('a: 1\na: 2'),
      ...messages('produce: [1, 2'),
      ...messages('---\na: 1\n---\nb: 2\n'),
      ...messages(''),
      ...messages('*anchor'),
      ...messages('{"seed": }', 'a.json'),
    ]).toMatchInlineSnapshot(`
      [
        "scenario.yaml:2:1: not valid YAML: Map keys must be unique",
        "scenario.yaml:1:15: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
        "scenario.yaml holds 2 YAML documents; a scenario file holds one",
        "scenario.yaml is empty: expected a scenario (see the scenario format)",
        "scenario.yaml is not valid YAML: Unresolved alias (the anchor must be set before the alias): anchor",
        "a.json is not valid JSON: Unexpected token '}', "{"seed": }" is not valid JSON",
      ]
    `);
  });

  it('never puts a newline in a message', () => {
    for (const text of ['a:\n  - b\n c: 1', 'x: "unterminated', '[', '\t- tab']) {
      for (const message of messages(text)) expect(message).not.toContain('\n');
    }
  });
});
