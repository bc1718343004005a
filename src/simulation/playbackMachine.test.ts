import { describe, expect, it } from 'vitest';
import { createActor, fromCallback } from 'xstate';
import { playbackMachine, type PlaybackEvent } from './playbackMachine.ts';
import { advance } from './cursor.ts';

const DAY = 86_400_000;
// events at 0, 0, 10, 1h, 8d
const times = [0, 0, 10, 3_600_000, 8 * DAY];
const duration = 9 * DAY;

function start(t?: number) {
  const machine = playbackMachine.provide({ actors: { clock: fromCallback<PlaybackEvent>(() => () => {}) } });
  const actor = createActor(machine, {
    input: t === undefined ? { times, duration } : { times, duration, t },
  });
  actor.start();
  const send = (...events: PlaybackEvent[]) => events.forEach((e) => actor.send(e));
  const view = () => {
    const s = actor.getSnapshot();
    return { state: s.value, index: s.context.index, t: s.context.t };
  };
  return { send, view };
}

describe('playback machine', () => {
  it('opens paused at the end of the run unless told a time', () => {
    expect(start().view()).toEqual({ state: 'paused', index: 5, t: duration });
    expect(start(10).view()).toEqual({ state: 'paused', index: 3, t: 10 });
  });

  it.each([
    ['step.next from the start applies one event', ['reset', 'step.next'], { index: 1, t: 0 }],
    ['two events at one time are two steps', ['reset', 'step.next', 'step.next'], { index: 2, t: 0 }],
    [
      'step.back undoes the last event',
      ['reset', 'step.next', 'step.next', 'step.next', 'step.back'],
      { index: 2, t: 0 },
    ],
    ['step.back at the start stays there', ['reset', 'step.back'], { index: 0, t: 0 }],
    ['End goes to the end', ['reset', 'end'], { index: 5, t: duration }],
  ] as const)('%s', (_, events, expected) => {
    const m = start();
    m.send(...events.map((type) => ({ type }) as PlaybackEvent));
    expect(m.view()).toMatchObject({ state: 'paused', ...expected });
  });

  it('seeks 8 days forward and back instantly', () => {
    const m = start(0);
    m.send({ type: 'seek', t: 8 * DAY });
    expect(m.view()).toMatchObject({ index: 5, t: 8 * DAY });
    m.send({ type: 'seek', t: 5 });
    expect(m.view()).toMatchObject({ index: 2, t: 5 });
  });

  it('plays, advances on frames, and pauses by itself at the end', () => {
    const m = start(0);
    m.send({ type: 'play' }, { type: 'tick', dt: 5 });
    expect(m.view()).toMatchObject({ state: 'playing', t: 5, index: 2 });
    m.send({ type: 'speed', speed: 256 });
    for (let i = 0; i < 100 && m.view().state === 'playing'; i++) m.send({ type: 'tick', dt: 100 });
    expect(m.view()).toEqual({ state: 'paused', index: 5, t: duration });
  });

  it('starts over when play is pressed at the end', () => {
    const m = start();
    m.send({ type: 'toggle' });
    expect(m.view()).toEqual({ state: 'playing', index: 0, t: 0 });
  });

  it('keeps the cursor time when the timeline is re-run with a knob', () => {
    const m = start(10);
    m.send({ type: 'timeline', times: [0, 5, 6, 7], duration });
    expect(m.view()).toMatchObject({ index: 4, t: 10 });
  });

  it('jumps over idle stretches that would take longer than 1.5 s to watch', () => {
    expect(advance(times, duration, { index: 3, t: 10 }, 16, 1)).toEqual({ index: 4, t: 3_600_000 });
    expect(advance(times, duration, { index: 2, t: 0 }, 5, 1)).toEqual({ index: 2, t: 5 });
  });
});
