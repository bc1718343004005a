import { describe, expect, it } from 'vitest';
import { matchesPattern } from './matchesPattern.ts';
import { RecordFilter } from './RecordFilter.ts';

const order = { value: { type: 'order', amount: 120, tags: ['vip', 'eu'], customer: { tier: 'gold' } } };

describe('R10: AWS event-filtering patterns on the record value', () => {
  it.each([
    ['exact string', { value: { type: ['order'] } }, true],
    ['exact string, other value', { value: { type: ['ping'] } }, false],
    ['values in a list are ORed', { value: { type: ['ping', 'order'] } }, true],
    ['keys are ANDed', { value: { type: ['order'], amount: [5] } }, false],
    ['nested objects', { value: { customer: { tier: ['gold'] } } }, true],
    ['prefix', { value: { type: [{ prefix: 'ord' }] } }, true],
    ['suffix', { value: { type: [{ suffix: 'der' }] } }, true],
    ['equals-ignore-case', { value: { type: [{ 'equals-ignore-case': 'ORDER' }] } }, true],
    ['wildcard', { value: { type: [{ wildcard: 'o*r' }] } }, true],
    ['numeric range', { value: { amount: [{ numeric: ['>', 100, '<=', 120] }] } }, true],
    ['numeric range miss', { value: { amount: [{ numeric: ['<', 100] }] } }, false],
    ['exists true', { value: { amount: [{ exists: true }] } }, true],
    ['exists false on a missing key', { value: { missing: [{ exists: false }] } }, true],
    ['exists false on a present key', { value: { amount: [{ exists: false }] } }, false],
    ['anything-but a list', { value: { type: [{ 'anything-but': ['ping', 'pong'] }] } }, true],
    ['anything-but the value', { value: { type: [{ 'anything-but': 'order' }] } }, false],
    ['anything-but a prefix', { value: { type: [{ 'anything-but': { prefix: 'or' } }] } }, false],
    ['array fields match any element', { value: { tags: ['eu'] } }, true],
    ['$or of sub-patterns', { $or: [{ value: { type: ['x'] } }, { value: { amount: [120] } }] }, true],
    ['missing key never matches a value', { value: { nope: ['order'] } }, false],
    ['other top-level keys are not in the Kafka filter input', { partition: [0] }, false],
  ])('%s', (_name, pattern, expected) => {
    expect(matchesPattern(pattern, order)).toBe(expected);
  });

  it('RecordFilter ORs patterns, decodes JSON values and falls back to the plain string', () => {
    const f = new RecordFilter(['{"value":{"type":["order"]}}', '{"value":[{"prefix":"PING"}]}']);
    expect([f.matches('{"type":"order"}'), f.matches('PING 1'), f.matches('{"type":"ping"}')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(new RecordFilter([]).matches('anything')).toBe(true);
  });
});
