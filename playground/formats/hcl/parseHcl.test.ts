/** The HCL subset: what it reads, what it keeps as source text, and where it reports errors. */
import { describe, expect, it } from 'vitest';
import { parseHcl } from './parseHcl.ts';
import type { HclExpr } from './HclSyntax.ts';

function valueOf(source: string): HclExpr | undefined {
  const { body, error } = parseHcl(`x = ${source}\n`);
  expect(error).toBeNull();
  return body.attributes[0]?.value;
}

describe('parseHcl values', () => {
  it.each([
    ['a number', '25', { kind: 'literal', value: 25 }],
    ['a negative number', '-1', { kind: 'literal', value: -1 }],
    ['a boolean', 'true', { kind: 'literal', value: true }],
    ['null', 'null', { kind: 'literal', value: null }],
    ['a string with escapes', '"a\\"b\\n\\u00e9"', { kind: 'literal', value: 'a"b\né' }],
    ['an escaped interpolation', '"$${not.a.ref}"', { kind: 'literal', value: '${not.a.ref}' }],
    ['a template', '"${var.env}-orders"', { kind: 'template', text: '${var.env}-orders' }],
    [
      'a template with a quoted string inside',
      '"${lookup(m, "k")}-x"',
      { kind: 'template', text: '${lookup(m, "k")}-x' },
    ],
    ['a reference', 'aws_msk_cluster.main.arn', { kind: 'reference', source: 'aws_msk_cluster.main.arn' }],
    ['an indexed reference', 'var.topics[0]', { kind: 'reference', source: 'var.topics[0]' }],
    ['a splat', 'aws_subnet.private[*].id', { kind: 'reference', source: 'aws_subnet.private[*].id' }],
    ['a conditional, kept as source', 'var.prod ? 100 : 10', { kind: 'raw', source: 'var.prod ? 100 : 10' }],
    [
      'a for expression, kept as source',
      '[for s in var.l : upper(s)]',
      { kind: 'raw', source: '[for s in var.l : upper(s)]' },
    ],
  ])('%s', (_name, source, expected) => {
    expect(valueOf(source)).toMatchObject(expected);
  });

  it('lists and objects, over several lines, with trailing commas and : separators', () => {
    const value = valueOf('{\n  a = [1, 2,\n  ]\n  "b-c": { d = "e" }, f = false\n}');
    expect(value).toMatchObject({
      kind: 'object',
      entries: [
        { key: 'a', value: { kind: 'list', items: [{ value: 1 }, { value: 2 }] } },
        { key: 'b-c', value: { kind: 'object', entries: [{ key: 'd', value: { value: 'e' } }] } },
        { key: 'f', value: { value: false } },
      ],
    });
  });

  it('function calls keep their arguments and source', () => {
    expect(valueOf('jsonencode({ value = { type = ["order"] } })')).toMatchObject({
      kind: 'call',
      name: 'jsonencode',
      args: [{ kind: 'object' }],
      source: 'jsonencode({ value = { type = ["order"] } })',
    });
  });

  it('heredocs, plain and indented', () => {
    const { body } = parseHcl('a = <<EOF\n{"x": 1}\nEOF\nb = <<-EOT\n    one\n      two\n    EOT\n');
    expect(body.attributes.map((a) => a.value)).toMatchObject([
      { kind: 'literal', value: '{"x": 1}\n' },
      { kind: 'literal', value: 'one\n  two\n' },
    ]);
  });
});

describe('parseHcl structure', () => {
  it('reads blocks with labels, nested and one-line blocks, comments, and lines', () => {
    const { body, error } = parseHcl(`# comment
resource "aws_lambda_event_source_mapping" "m" { // trailing
  /* block
     comment */
  batch_size = 10
  destination_config {
    on_failure { destination_arn = "arn:aws:sqs:us-east-1:123456789012:q" }
  }
}
`);
    expect(error).toBeNull();
    const resource = body.blocks[0];
    expect(resource).toMatchObject({
      type: 'resource',
      labels: ['aws_lambda_event_source_mapping', 'm'],
      line: 2,
    });
    expect(resource?.body.attributes[0]).toMatchObject({ name: 'batch_size', line: 5 });
    expect(resource?.body.blocks[0]?.body.blocks[0]?.body.attributes[0]).toMatchObject({
      name: 'destination_arn',
      line: 7,
    });
  });

  it.each([
    ['a missing closing brace', 'resource "a" "b" {\n  x = 1\n', 'Missing } for the block', 3],
    ['two values on one line', 'x = 1 2\n', 'Expected a newline after the value, found "2"', 1],
    ['an unterminated string', 'x = "abc\n', 'Unterminated string', 1],
    ['a stray character', 'x = 1\ny = @\n', 'Unexpected character "@"', 2],
    ['an unclosed heredoc', 'x = <<EOF\nabc\n', 'Heredoc EOF is never closed', 1],
    ['a list without a comma', 'x = [1 2]\n', 'Expected , or ] in the list, found "2"', 1],
  ])('reports %s with its line', (_name, source, message, line) => {
    expect(parseHcl(source).error).toEqual({ message, line });
  });
});
