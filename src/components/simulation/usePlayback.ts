/**
 * The playback machine as a Preact hook: one actor per player, started after hydration (the server
 * renders the initial cursor, which the machine computes the same way), retimed when the run changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createActor, type Actor } from 'xstate';
import { playbackMachine, type PlaybackEvent } from '../../simulation/playbackMachine.ts';
import { seekCursor } from '../../simulation/cursor.ts';

export interface PlaybackView {
  playing: boolean;
  index: number;
  t: number;
  speed: number;
  /** the event times the cursor refers to */
  times: readonly number[];
}

export function usePlayback(
  times: readonly number[],
  duration: number,
  at: number,
): [PlaybackView, (e: PlaybackEvent) => void] {
  const [view, setView] = useState<PlaybackView>(() => ({
    playing: false,
    speed: 1,
    times,
    ...seekCursor(times, duration, at),
  }));
  const actor = useRef<Actor<typeof playbackMachine> | null>(null);
  const timeline = useRef({ times, duration });

  useEffect(() => {
    const a = createActor(playbackMachine, { input: { times, duration, t: at } });
    a.subscribe((s) =>
      setView({
        playing: s.value === 'playing',
        index: s.context.index,
        t: s.context.t,
        speed: s.context.speed,
        times: s.context.times,
      }),
    );
    a.start();
    actor.current = a;
    return () => a.stop();
    // One actor for the player's lifetime; a new run arrives as a `timeline` event below.
  }, []);

  useEffect(() => {
    if (timeline.current.times === times && timeline.current.duration === duration) return;
    timeline.current = { times, duration };
    actor.current?.send({ type: 'timeline', times, duration });
  }, [times, duration]);

  // Between a re-run and the machine's `timeline` update, place the same time on the new timeline.
  const current = view.times === times ? view : { ...view, times, ...seekCursor(times, duration, view.t) };
  return [current, (e) => actor.current?.send(e)];
}
