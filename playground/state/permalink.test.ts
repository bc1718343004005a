import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from './permalink.ts';
import type { PlaygroundState } from './PlaygroundState.ts';

const state: PlaygroundState = {
  v: 1,
  language: 'typescript',
  handler: 'export const handler = async (event: MSKEvent) => {\n  console.log(event);\n};\n',
  scenario: 'produce:\n  - count: 10\nmapping:\n  StartingPosition: TRIM_HORIZON\n',
  mappingB: 'BatchSize: 5\n',
};
const b64 = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');

describe('permalink', () => {
  it('round-trips a state', () => {
    expect(decodeState(encodeState(state))).toEqual({ ok: true, state });
    expect(decodeState(`#${encodeState(state)}`)).toEqual({ ok: true, state });
  });

  it('keeps a typical state well under 2,000 characters', () => {
    expect(encodeState(state).length).toBeLessThan(2000);
  });

  it.each([
    ['an empty fragment', ''],
    ['another format', 'pg9.abc'],
    ['non-base64 characters', 'pg1.<script>alert(1)</script>'],
    ['bytes that are not deflate', `pg1.${b64(strToU8('hello'))}`],
    ['deflated non-JSON', `pg1.${b64(deflateSync(strToU8('{nope')))}`],
    ['JSON of the wrong shape', `pg1.${b64(deflateSync(strToU8(JSON.stringify({ ...state, v: 2 }))))}`],
    [
      'a handler that is not text',
      `pg1.${b64(deflateSync(strToU8(JSON.stringify({ ...state, handler: {} }))))}`,
    ],
    ['a deflate bomb', `pg1.${b64(deflateSync(new Uint8Array(5_000_000).fill(32)))}`],
    ['a link that is too long', `pg1.${'A'.repeat(70_000)}`],
  ])('refuses %s with a reason', (_name, fragment) => {
    const result = decodeState(fragment);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/\w/);
  });

  it('drops members it does not know', () => {
    const extra = `pg1.${b64(deflateSync(strToU8(JSON.stringify({ ...state, run: 'alert(1)' }))))}`;
    expect(decodeState(extra)).toEqual({ ok: true, state });
  });
});
