import { describe, expect, it } from 'vitest';
import { findDiagramsInMdx } from './findDiagramsInMdx.ts';

describe('findDiagramsInMdx', () => {
  it('reads string, braced-string and template-literal props', () => {
    const mdx = [
      'Intro',
      '<Diagram',
      '  id="esm-architecture"',
      "  title={'Where offsets move'}",
      '  description="Pollers read, the function runs."',
      '  code={`',
      '    flowchart TB',
      '      a["A \\`quoted\\`"] --> b',
      '  `}',
      '/>',
      'More text <Diagram title="Second" code="flowchart LR\\n a-->b" />',
    ].join('\n');
    expect(findDiagramsInMdx(mdx)).toEqual({
      diagrams: [
        {
          id: 'esm-architecture',
          title: 'Where offsets move',
          description: 'Pollers read, the function runs.',
          code: '\n    flowchart TB\n      a["A `quoted`"] --> b\n  ',
        },
        // JSX attribute strings keep backslashes as written.
        { title: 'Second', code: 'flowchart LR\\n a-->b' },
      ],
      skipped: 0,
    });
  });

  it.each([
    ['an interpolated template literal', '<Diagram title="T" code={`flowchart LR\n ${x}`} />'],
    ['an expression', '<Diagram title="T" code={chart} />'],
    ['a missing code prop', '<Diagram title="T" />'],
  ])('skips a diagram with %s', (_, mdx) => {
    expect(findDiagramsInMdx(mdx)).toEqual({ diagrams: [], skipped: 1 });
  });

  it('ignores the import line and other components', () => {
    const mdx = "import Diagram from '../Diagram.astro';\n<DiagramLegend />\n<Aside>x</Aside>";
    expect(findDiagramsInMdx(mdx)).toEqual({ diagrams: [], skipped: 0 });
  });
});
