/** Play/pause, step by event, reset/end, speed, and the scrubber over the whole virtual timeline. */
import type { PlaybackEvent } from '../../simulation/playbackMachine.ts';
import { SPEEDS } from '../../simulation/playbackMachine.ts';
import { formatTime } from '../../simulation/formatTime.ts';
import { EndIcon, PauseIcon, PlayIcon, ResetIcon, StepBackIcon, StepNextIcon } from './icons.tsx';

// Made once, so Preact skips them on every playback frame.
const RESET = <ResetIcon />;
const BACK = <StepBackIcon />;
const PLAY = <PlayIcon />;
const PAUSE = <PauseIcon />;
const NEXT = <StepNextIcon />;
const END = <EndIcon />;

interface Props {
  uid: string;
  playing: boolean;
  t: number;
  index: number;
  events: number;
  duration: number;
  speed: number;
  send: (e: PlaybackEvent) => void;
}

export function PlaybackControls({ uid, playing, t, index, events, duration, speed, send }: Props) {
  const valueText = `${formatTime(t)} of ${formatTime(duration)}, event ${index} of ${events}`;
  return (
    <div class="ol-playback">
      <div class="ol-buttons" role="group" aria-label="Playback">
        <button
          type="button"
          onClick={() => send({ type: 'reset' })}
          aria-label="Reset to the start (Home)"
          title="Reset (Home)"
        >
          {RESET}
        </button>
        <button
          type="button"
          onClick={() => send({ type: 'step.back' })}
          aria-label="Step back one event (Left arrow)"
          title="Step back (←)"
        >
          {BACK}
        </button>
        <button
          type="button"
          class="ol-play"
          onClick={() => send({ type: 'toggle' })}
          aria-label={playing ? 'Pause (Space)' : 'Play (Space)'}
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
          data-testid="play"
        >
          {playing ? PAUSE : PLAY}
        </button>
        <button
          type="button"
          onClick={() => send({ type: 'step.next' })}
          aria-label="Step to the next event (Right arrow)"
          title="Next event (→)"
        >
          {NEXT}
        </button>
        <button
          type="button"
          onClick={() => send({ type: 'end' })}
          aria-label="Jump to the end (End)"
          title="End (End)"
        >
          {END}
        </button>
        <label class="ol-speed">
          <span>Speed</span>
          <select
            value={String(speed)}
            onChange={(e) => send({ type: 'speed', speed: Number(e.currentTarget.value) })}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={String(s)}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="ol-scrub">
        <label class="ol-sr" for={`${uid}-time`}>
          Virtual time
        </label>
        <input
          id={`${uid}-time`}
          type="range"
          min={0}
          max={duration}
          step="any"
          value={t}
          aria-valuetext={valueText}
          onInput={(e) => send({ type: 'seek', t: Number(e.currentTarget.value) })}
          data-testid="scrubber"
        />
        <output for={`${uid}-time`} class="ol-time" data-testid="time">
          <span>{formatTime(t)}</span>
          {` / ${formatTime(duration)} · event ${index}/${events}`}
        </output>
      </div>
    </div>
  );
}
