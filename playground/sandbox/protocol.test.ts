import { describe, expect, it } from 'vitest';
import { parseSandboxMessage } from './protocol.ts';

const result = {
  type: 'result',
  id: 3,
  outcome: 'threw',
  value: null,
  error: { name: 'Error', message: 'boom', line: 4, column: 9 },
  logs: ['a', 'b'],
  virtualMs: 20,
};

describe('parseSandboxMessage', () => {
  it('accepts the handshake and a well-formed result', () => {
    expect(parseSandboxMessage({ type: 'ready', extra: 1 })).toEqual({ type: 'ready' });
    expect(parseSandboxMessage(result)).toEqual(result);
  });

  it.each([
    ['a string', 'result'],
    ['null', null],
    ['an unknown type', { type: 'navigate', url: 'https://example.com' }],
    ['a negative id', { ...result, id: -1 }],
    ['an unknown outcome', { ...result, outcome: 'escaped' }],
    ['logs that are not strings', { ...result, logs: [{ toString: 1 }] }],
    ['an error without a message', { ...result, error: { name: 'Error' } }],
    ['a NaN duration', { ...result, virtualMs: Number.NaN }],
  ])('drops %s', (_name, data) => {
    expect(parseSandboxMessage(data)).toBeNull();
  });

  it('clips what it keeps: at most 200 log lines, bounded error text, no bogus line numbers', () => {
    const parsed = parseSandboxMessage({
      ...result,
      logs: Array.from({ length: 500 }, (_, i) => String(i)),
      error: { name: 'E'.repeat(500), message: 'm'.repeat(5000), line: 'x', column: 2.5 },
    });
    expect(parsed).toMatchObject({ logs: { length: 200 }, error: { line: null, column: null } });
    if (parsed?.type === 'result') {
      expect(parsed.error!.name).toHaveLength(200);
      expect(parsed.error!.message).toHaveLength(2000);
    }
  });
});
