import { describe, expect, it } from 'vitest';
import { withAccessibility } from './withAccessibility.ts';

describe('withAccessibility', () => {
  it.each([
    [
      'after the diagram-type line',
      'flowchart LR\n  a --> b',
      'flowchart LR\naccTitle: T\naccDescr: D\n  a --> b',
    ],
    [
      'after YAML front matter',
      '---\ntitle: x\n---\nstateDiagram-v2\n  [*] --> A',
      '---\ntitle: x\n---\nstateDiagram-v2\naccTitle: T\naccDescr: D\n  [*] --> A',
    ],
    [
      'after init directives and comments',
      '%%{init: {}}%%\n%% note\nsequenceDiagram\n  A->>B: hi',
      '%%{init: {}}%%\n%% note\nsequenceDiagram\naccTitle: T\naccDescr: D\n  A->>B: hi',
    ],
  ])('inserts accTitle and accDescr %s', (_, code, expected) => {
    expect(withAccessibility(code, { title: 'T', description: 'D' })).toBe(expected);
  });

  it('keeps the author’s own accTitle and accDescr', () => {
    const code = 'flowchart LR\n  accTitle: Mine\n  accDescr { long\n  }\n  a --> b';
    expect(withAccessibility(code, { title: 'T', description: 'D' })).toBe(code);
  });

  it('flattens text that would end the statement early', () => {
    expect(withAccessibility('pie\n "a": 1', { title: 'One;\n two # three' })).toBe(
      'pie\naccTitle: One, two , three\n "a": 1',
    );
  });

  it('leaves code without a diagram-type line alone', () => {
    expect(withAccessibility('---\nunterminated', { title: 'T' })).toBe('---\nunterminated');
  });
});
