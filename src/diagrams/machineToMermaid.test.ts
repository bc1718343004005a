import { describe, expect, it } from 'vitest';
import { and, createMachine, not, setup } from 'xstate';
import { machineToMermaid } from './machineToMermaid.ts';

describe('machineToMermaid', () => {
  it('draws a flat machine with its initial state, events and a final state', () => {
    const machine = createMachine({
      id: 'toggle',
      initial: 'off',
      states: {
        off: { on: { 'switch.on': 'on' } },
        on: { on: { 'switch.off': 'off', 'power.cut': 'dead' } },
        dead: { type: 'final' },
      },
    });
    expect(machineToMermaid(machine)).toBe(
      [
        'stateDiagram-v2',
        '  direction LR',
        '  state "off" as s_off',
        '  state "on" as s_on',
        '  state "dead" as s_dead',
        '  [*] --> s_off',
        '  s_dead --> [*]',
        '  s_off --> s_on: switch.on',
        '  s_on --> s_off: switch.off',
        '  s_on --> s_dead: power.cut',
        '',
      ].join('\n'),
    );
  });

  it('nests compound states and labels named, negated and combined guards', () => {
    const machine = setup({
      guards: { batchFull: () => true, windowElapsed: () => false, isDisabled: () => false },
    }).createMachine({
      initial: 'running',
      states: {
        running: {
          initial: 'polling',
          states: {
            polling: {
              on: {
                'batch.ready': [
                  { target: 'invoking', guard: 'batchFull' },
                  { target: 'invoking', guard: and(['windowElapsed', not('isDisabled')]) },
                ],
              },
            },
            invoking: { on: { 'invoke.failed': '#stopped' } },
          },
        },
        stopped: { id: 'stopped' },
      },
    });
    const chart = machineToMermaid(machine);
    expect(chart).toContain('  state s_running {\n    state "polling" as s_running__polling\n');
    expect(chart).toContain('    [*] --> s_running__polling\n  }');
    // Two arrows between the same states become one, labels stacked in guard order.
    expect(chart).toContain(
      '  s_running__polling --> s_running__invoking: batch.ready [batchFull]<br/>batch.ready [windowElapsed && !isDisabled]\n',
    );
    expect(chart).toContain('  s_running__invoking --> s_stopped: invoke.failed\n');
  });

  it('separates parallel regions with --', () => {
    const machine = createMachine({
      type: 'parallel',
      states: {
        fetcher: { initial: 'idle', states: { idle: { on: { 'records.fetched': 'idle' } } } },
        committer: { initial: 'waiting', states: { waiting: {} } },
      },
    });
    const chart = machineToMermaid(machine);
    expect(chart).toMatch(
      /state "fetcher" as s_fetcher\n {2}state s_fetcher \{[\s\S]*\n {2}\}\n {2}--\n {2}state "committer" as s_committer\n/,
    );
    expect(chart).not.toMatch(/^ {2}\[\*\] -->/m); // a parallel root has no single initial state
  });

  it('names delayed, eventless and invoke transitions in plain words', () => {
    const machine = setup({
      actors: { invokeFunction: createMachine({}) },
      delays: { batchWindow: 500 },
      guards: { hasRecords: () => true },
    }).createMachine({
      initial: 'waiting',
      states: {
        waiting: { after: { batchWindow: 'deciding', 1000: 'deciding' } },
        deciding: { always: [{ target: 'invoking', guard: 'hasRecords' }, { target: 'waiting' }] },
        invoking: { invoke: { id: 'fn', src: 'invokeFunction', onDone: 'waiting', onError: 'waiting' } },
      },
    });
    const chart = machineToMermaid(machine);
    for (const line of [
      // JavaScript lists integer keys first, so the 1000ms timer comes before the named delay.
      's_waiting --> s_deciding: after 1000ms<br/>after batchWindow',
      's_deciding --> s_invoking: always [hasRecords]',
      's_deciding --> s_waiting: always',
      's_invoking --> s_waiting: done: fn<br/>error: fn',
    ]) {
      expect(chart).toContain(`  ${line}\n`);
    }
  });

  it('draws a targetless transition as a self-loop and is deterministic', () => {
    const machine = createMachine({
      initial: 'a',
      states: { a: { on: { 'records.arrived': { actions: [] } } } },
    });
    expect(machineToMermaid(machine)).toContain('  s_a --> s_a: records.arrived\n');
    expect(machineToMermaid(machine)).toBe(machineToMermaid(machine));
  });

  it('lays out top to bottom on request', () => {
    expect(machineToMermaid(createMachine({}), { direction: 'TB' })).toBe(
      'stateDiagram-v2\n  direction TB\n',
    );
  });
});
