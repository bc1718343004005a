import { describe, expect, it } from 'vitest';
import { parseDuration } from './parseDuration.ts';
import { parseOffsetSet } from './parseOffsetSet.ts';
import { parseSize } from './parseSize.ts';

describe('parseDuration reads spec §2 durations into milliseconds', () => {
  it.each([
    [250, 250],
    [0, 0],
    ['250ms', 250],
    ['30s', 30_000],
    ['5m', 300_000],
    ['2h', 7_200_000],
    ['8d', 691_200_000],
    ['1.5s', 1500],
    [' 10m ', 600_000],
  ])('%j → %d ms', (input, ms) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: ms });
  });

  it('reads "infinite" as null only where it is allowed (topic.retention)', () => {
    expect(parseDuration('infinite', { infinite: true })).toEqual({ ok: true, value: null });
    expect(parseDuration('infinite')).toMatchInlineSnapshot(`
      {
        "message": "expected a duration such as 250ms, 30s, 5m, 2h or 8d, got "infinite"",
        "ok": false,
      }
    `);
  });

  it.each([[-1], ['5 minutes'], ['10'], ['3w'], ['-5s'], [null], [true], [Infinity], ['0.5ms'], [1.5]])(
    'refuses %j',
    (input) => {
      expect(parseDuration(input).ok).toBe(false);
    },
  );

  it('says what it expected and what it got', () => {
    expect([parseDuration('5 minutes'), parseDuration(-1), parseDuration(1.5), parseDuration('0.5ms')])
      .toMatchInlineSnapshot(`
      [
        {
          "message": "expected a duration such as 250ms, 30s, 5m, 2h or 8d, got "5 minutes"",
          "ok": false,
        },
        {
          "message": "expected a duration such as 250ms, 30s, 5m, 2h or 8d, got -1",
          "ok": false,
        },
        {
          "message": "a number of milliseconds must be whole, got 1.5",
          "ok": false,
        },
        {
          "message": "duration "0.5ms" is not a whole number of milliseconds",
          "ok": false,
        },
      ]
    `);
  });
});

describe('parseSize reads spec §2 sizes into bytes (KB and MB are binary)', () => {
  it.each([
    [0, 0],
    [512, 512],
    ['512B', 512],
    ['1KB', 1024],
    ['6MB', 6 * 1024 * 1024],
    ['1.5KB', 1536],
    ['2kb', 2048],
  ])('%j → %d bytes', (input, bytes) => {
    expect(parseSize(input)).toEqual({ ok: true, value: bytes });
  });

  it.each([[-1], ['1 kilobyte'], ['1TB'], ['0.1KB'], [1.5], [null]])('refuses %j', (input) => {
    expect(parseSize(input).ok).toBe(false);
  });

  it('says what it expected', () => {
    expect([parseSize('1 kilobyte'), parseSize('0.1KB')]).toMatchInlineSnapshot(`
      [
        {
          "message": "expected a size such as 512B, 1KB or 6MB, got "1 kilobyte"",
          "ok": false,
        },
        {
          "message": "size "0.1KB" is not a whole number of bytes",
          "ok": false,
        },
      ]
    `);
  });
});

describe('parseOffsetSet reads spec §5 offset sets as merged ranges', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['7', [{ from: 7, to: 7 }]],
    [7, [{ from: 7, to: 7 }]],
    [
      '0-4,7',
      [
        { from: 0, to: 4 },
        { from: 7, to: 7 },
      ],
    ],
    [
      '7, 0 - 4',
      [
        { from: 0, to: 4 },
        { from: 7, to: 7 },
      ],
    ],
    ['0-4,5-9', [{ from: 0, to: 9 }]],
    ['3,1,2', [{ from: 1, to: 3 }]],
    ['0-9999999', [{ from: 0, to: 9_999_999 }]],
  ])('%j', (input, ranges) => {
    expect(parseOffsetSet(input)).toEqual({ ok: true, value: ranges });
  });

  it.each([['4-1'], ['a'], ['1,,2'], ['-3'], [-1], [null], [['0-4']]])('refuses %j', (input) => {
    expect(parseOffsetSet(input).ok).toBe(false);
  });

  it('says why', () => {
    expect([parseOffsetSet('4-1'), parseOffsetSet('0-4,x')]).toMatchInlineSnapshot(`
      [
        {
          "message": "range "4-1" ends before it starts",
          "ok": false,
        },
        {
          "message": "expected an offset set such as "0-4,7" (or "" for none), got "0-4,x": "x" is not an offset or a range",
          "ok": false,
        },
      ]
    `);
  });
});
