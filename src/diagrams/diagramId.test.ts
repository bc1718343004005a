import { describe, expect, it } from 'vitest';
import { slugify, uniqueDiagramId } from './diagramId.ts';
import { dedent } from './dedent.ts';

describe('uniqueDiagramId', () => {
  it('uses an author id as is and numbers repeats within one page', () => {
    const page = {};
    expect([uniqueDiagramId(page, 'poll-loop'), uniqueDiagramId(page, 'poll-loop')]).toEqual([
      'poll-loop',
      'poll-loop-2',
    ]);
    expect(uniqueDiagramId({}, 'poll-loop')).toBe('poll-loop');
  });

  it('derives an id from a title', () => {
    expect(uniqueDiagramId({}, 'Poll → batch → Invoke!')).toBe('diagram-poll-batch-invoke');
  });

  it.each([
    ['Commit offsets', 'commit-offsets'],
    ['  ', 'diagram'],
    ['Ünïcode café', 'unicode-cafe'],
  ])('slugify(%j) = %j', (text, slug) => expect(slugify(text)).toBe(slug));
});

describe('dedent', () => {
  it('strips the common indentation and blank edges of an MDX template literal', () => {
    expect(dedent('\n    flowchart LR\n      a --> b\n  ')).toBe('flowchart LR\n  a --> b');
  });
});
