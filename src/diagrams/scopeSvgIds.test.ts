import { describe, expect, it } from 'vitest';
import { prefixBareIds, scopeSvgIds } from './scopeSvgIds.ts';

describe('scopeSvgIds', () => {
  it('renames the root id, its style selectors, markers and aria references', () => {
    const svg =
      '<svg id="m-1" aria-labelledby="chart-title-m-1"><style>#m-1 .node{fill:red}</style>' +
      '<marker id="m-1_flowchart-pointEnd"/><path marker-end="url(#m-1_flowchart-pointEnd)"/></svg>';
    expect(scopeSvgIds(svg, 'm-1', 'poll-light')).toBe(
      '<svg id="poll-light" aria-labelledby="chart-title-poll-light"><style>#poll-light .node{fill:red}</style>' +
        '<marker id="poll-light_flowchart-pointEnd"/><path marker-end="url(#poll-light_flowchart-pointEnd)"/></svg>',
    );
  });

  it('does not touch a longer id that starts the same way', () => {
    expect(scopeSvgIds('<g id="m-1"/><g id="m-10"/>', 'm-1', 'x')).toBe('<g id="x"/><g id="m-10"/>');
  });

  it.each(['1abc', 'a"b', 'a b', ''])('refuses an unsafe target id %j', (id) => {
    expect(() => scopeSvgIds('<svg/>', 'm-1', id)).toThrow(/safe SVG id/);
  });
});

describe('prefixBareIds', () => {
  it('scopes ids Mermaid left unscoped, with their local references, and leaves scoped ones alone', () => {
    const svg =
      '<svg id="d"><g id="d_node"/><g id="a---a---1"/><path marker-end="url(#a---a---1)"/><use href="#a---a---1"/></svg>';
    expect(prefixBareIds(svg, 'd')).toBe(
      '<svg id="d"><g id="d_node"/><g id="d-a---a---1"/><path marker-end="url(#d-a---a---1)"/><use href="#d-a---a---1"/></svg>',
    );
  });
});
