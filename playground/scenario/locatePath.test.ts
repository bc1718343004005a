import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { locatePath, pathSegments } from './locatePath.ts';

const text = `name: demo
produce:
  - partition: 0
    count: 10
  - count: -1
mapping:
  BatchSize: 0
  FilterCriteria:
    Filters:
      - Pattern: '{bad'
function:
  timeout: 3s
`;

function locate(path: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return locatePath(doc, lines, path);
}

describe('pathSegments', () => {
  it.each([
    ['mapping.BatchSize', ['mapping', 'BatchSize']],
    ['produce[1].count', ['produce', 1, 'count']],
    ['mapping.FilterCriteria.Filters[0].Pattern', ['mapping', 'FilterCriteria', 'Filters', 0, 'Pattern']],
    ['', []],
  ])('splits %j', (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });
});

describe('locatePath puts an engine error on its YAML line', () => {
  it.each([
    ['mapping.BatchSize', 7, 3],
    ['produce[1].count', 5, 5],
    ['mapping.FilterCriteria.Filters[0].Pattern', 10, 9],
    ['mapping', 6, 1],
    ['function.timeout', 12, 3],
    // a member that is missing: the nearest ancestor that exists
    ['mapping.StartingPosition', 6, 1],
    ['produce[7].count', 2, 1],
  ])('%s → line %i, column %i', (path, line, column) => {
    expect(locate(path)).toMatchObject({ line, column });
  });

  it('spans the whole `key: value` when the value is on the same line', () => {
    expect(locate('mapping.BatchSize')).toEqual({ line: 7, column: 3, endLine: 7, endColumn: 15 });
  });

  it('answers null for a path whose first segment is not there', () => {
    expect(locate('expect.committed')).toBeNull();
  });
});
