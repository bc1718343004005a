import { describe, expect, it } from 'vitest';
import { sourceLineMap } from './sourceLineMap.ts';

// The map TypeScript emits for:
//   1 interface A { x: number }
//   2
//   3 export const handler = async () => {
//   4   throw new Error('x');
//   5 };
// compiled to CommonJS by TypeScript's transpileModule (sourceMap: true), map copied verbatim.
const map = JSON.stringify({
  version: 3,
  file: 'handler.js',
  sources: ['handler.ts'],
  names: [],
  mappings:
    ';;;AAEO,MAAM,OAAO,GAAG,KAAK,IAAI,EAAE;IAChC,MAAM,IAAI,KAAK,CAAC,GAAG,CAAC,CAAC;AACvB,CAAC,CAAC;AAFW,QAAA,OAAO,WAElB',
});

describe('sourceLineMap', () => {
  it.each([
    [4, 3],
    [5, 4],
    [6, 5],
    [7, 3],
    [1, null],
    [99, null],
  ])('maps emitted line %i to source line %s', (emitted, source) => {
    expect(sourceLineMap(map)(emitted)).toBe(source);
  });

  it('answers null for a map it cannot read', () => {
    expect(sourceLineMap('not json')(1)).toBeNull();
  });
});
