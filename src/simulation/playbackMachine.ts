/**
 * Playback of a simulation as an XState machine: paused or playing, stepping by event, seeking by
 * time, speed, reset. The machine only moves a cursor over the trace's event times; the ledger turns
 * the cursor into a snapshot. Frames come from the `clock` actor (requestAnimationFrame in the
 * browser; tests send `tick` themselves).
 */
import { assign, fromCallback, setup } from 'xstate';
import { advance, seekCursor, stepBack, stepNext, type Cursor } from './cursor.ts';

export const SPEEDS = [0.25, 1, 4, 16, 64, 256] as const;

export interface PlaybackContext extends Cursor {
  times: readonly number[];
  duration: number;
  speed: number;
}

export type PlaybackEvent =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'seek'; t: number }
  | { type: 'end' }
  | { type: 'reset' }
  | { type: 'speed'; speed: number }
  | { type: 'tick'; dt: number }
  /** the scenario was re-run (a knob changed): new event times, same cursor time */
  | { type: 'timeline'; times: readonly number[]; duration: number };

export interface PlaybackInput {
  times: readonly number[];
  duration: number;
  t?: number;
  speed?: number;
}

/** How often the clock ticks when the reader asks for reduced motion: discrete steps, no smooth flow. */
export const REDUCED_MOTION_TICK_MS = 700;

/**
 * Animation frames as `tick` events with the real milliseconds since the previous frame. With
 * `prefers-reduced-motion: reduce` the same virtual speed is kept, but the view changes only every
 * 700 ms, so nothing appears to slide.
 */
export const frameClock = fromCallback<PlaybackEvent>(({ sendBack }) => {
  if (globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
    const id = setInterval(
      () => sendBack({ type: 'tick', dt: REDUCED_MOTION_TICK_MS }),
      REDUCED_MOTION_TICK_MS,
    );
    return () => clearInterval(id);
  }
  let last: number | null = null;
  let id = 0;
  const frame = (now: number): void => {
    // A background tab can stall for seconds; cap the step so playback never leaps.
    if (last !== null) sendBack({ type: 'tick', dt: Math.min(100, now - last) });
    last = now;
    id = requestAnimationFrame(frame);
  };
  id = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(id);
});

const atEnd = (c: PlaybackContext): boolean => c.index >= c.times.length && c.t >= c.duration;

export const playbackMachine = setup({
  types: {
    context: {} as PlaybackContext,
    events: {} as PlaybackEvent,
    input: {} as PlaybackInput,
  },
  actors: { clock: frameClock },
  guards: {
    atEnd: ({ context }) => atEnd(context),
  },
  actions: {
    rewind: assign({ index: 0, t: 0 }),
    stepNext: assign(({ context }) => stepNext(context.times, context)),
    stepBack: assign(({ context }) => stepBack(context.times, context)),
    seek: assign(({ context, event }) =>
      event.type === 'seek' ? seekCursor(context.times, context.duration, event.t) : {},
    ),
    seekEnd: assign(({ context }) => seekCursor(context.times, context.duration, context.duration)),
    setSpeed: assign({
      speed: ({ context, event }) => (event.type === 'speed' ? event.speed : context.speed),
    }),
    advance: assign(({ context, event }) =>
      event.type === 'tick' ? advance(context.times, context.duration, context, event.dt, context.speed) : {},
    ),
    retime: assign(({ context, event }) =>
      event.type === 'timeline'
        ? {
            times: event.times,
            duration: event.duration,
            ...seekCursor(event.times, event.duration, context.t),
          }
        : {},
    ),
  },
}).createMachine({
  id: 'playback',
  context: ({ input }) => ({
    times: input.times,
    duration: input.duration,
    speed: input.speed ?? 1,
    ...seekCursor(input.times, input.duration, input.t ?? input.duration),
  }),
  initial: 'paused',
  on: {
    'step.next': { target: '.paused', actions: 'stepNext' },
    'step.back': { target: '.paused', actions: 'stepBack' },
    seek: { actions: 'seek' },
    end: { target: '.paused', actions: 'seekEnd' },
    reset: { target: '.paused', actions: 'rewind' },
    speed: { actions: 'setSpeed' },
    timeline: { actions: 'retime' },
  },
  states: {
    paused: {
      on: {
        // Playing from the end starts over: the reader wants to watch it again.
        play: [{ guard: 'atEnd', target: 'playing', actions: 'rewind' }, { target: 'playing' }],
        toggle: [{ guard: 'atEnd', target: 'playing', actions: 'rewind' }, { target: 'playing' }],
      },
    },
    playing: {
      invoke: { src: 'clock' },
      always: { guard: 'atEnd', target: 'paused' },
      on: {
        pause: 'paused',
        toggle: 'paused',
        tick: { actions: 'advance' },
      },
    },
  },
});
