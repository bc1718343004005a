/**
 * The offset ledger player: lanes, status, metrics, controls and the event log for one run. It only
 * reads the run's trace (through the ledger) and never decides ESM behaviour. Articles get it through
 * `EsmSimulation.astro`; the playground renders it directly with its own `SimulationRun`.
 *
 * For pages that react to the simulation (a tutorial checking its goals), the root element dispatches
 * a bubbling `ol-simulation-frame` CustomEvent with `{ snapshot }` whenever the frame changes.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SimulationRun } from '../../simulation/SimulationRun.ts';
import { createLedger } from '../../simulation/Ledger.ts';
import { metricsSeries } from '../../simulation/metricsSeries.ts';
import { ledgerSvg } from '../../simulation/renderLedgerSvg.ts';
import { describeEvent } from '../../simulation/describeEvent.ts';
import { formatTime } from '../../simulation/formatTime.ts';
import type { PlaybackEvent } from '../../simulation/playbackMachine.ts';
import { usePlayback } from './usePlayback.ts';
import { frameToVNode } from './toVNode.ts';
import { StatusBar } from './StatusBar.tsx';
import { MetricsStrip } from './MetricsStrip.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { EventLog } from './EventLog.tsx';
import { ModelNotes } from './ModelNotes.tsx';
import './EsmSimulation.css';

export interface SimulationPlayerProps {
  run: SimulationRun;
  /** unique on the page: prefixes element ids */
  uid: string;
  title?: string;
  /** initial cursor time, ms; default the end of the run */
  at?: number;
  /** shown above the lanes, e.g. the knob panel */
  children?: ComponentChildren;
  /** a sentence to announce when `run` changes (e.g. "BatchSize is now 5") */
  rerunNote?: string;
}

const LEGEND = [
  ['committed', 'committed'],
  ['pending', 'not yet committed'],
  ['invoking', 'being processed'],
  ['failed', 'failed, to retry'],
  ['filtered', 'filtered out'],
  ['discarded', 'discarded'],
  ['committed-marker', 'committed offset'],
] as const;

// Made once: Preact skips an element it gets back unchanged, so playback frames never diff it.
const LEGEND_LIST = (
  <ul class="ol-legend" aria-label="Legend">
    {LEGEND.map(([kind, label]) => (
      <li key={kind}>
        <span class={`ol-swatch ol-swatch--${kind}`} aria-hidden="true" />
        {label}
      </li>
    ))}
  </ul>
);

const HINT = 'Hover over or focus any part of the simulation to see what it is.';

export function SimulationPlayer({ run, uid, title, at, children, rerunNote }: SimulationPlayerProps) {
  const ledger = useMemo(() => createLedger(run), [run]);
  const times = useMemo(() => ledger.events.map((e) => e.t), [ledger]);
  const series = useMemo(() => metricsSeries(run, ledger.duration), [run, ledger]);
  const domain = useMemo(() => {
    const end = ledger.at(ledger.events.length, ledger.duration);
    return { lo: 0, hi: Math.max(1, ...end.partitions.map((p) => p.logEnd)) };
  }, [ledger]);
  const [view, send] = usePlayback(times, ledger.duration, at ?? ledger.duration);
  const snapshot = useMemo(() => ledger.at(view.index, view.t), [ledger, view.index, view.t]);
  const ctx = useMemo(() => ({ offsetsRetentionMs: run.scenario.topic.offsetsRetentionMs }), [run]);

  const [readout, setReadout] = useState(HINT);
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<PlaybackEvent['type'] | 'rerun' | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const wasPlaying = useRef(false);

  const act = (e: PlaybackEvent): void => {
    pending.current = e.type;
    send(e);
  };

  useEffect(() => {
    if (rerunNote) pending.current = 'rerun';
  }, [run, rerunNote]);

  // Say what changed after a discrete action (not on every animation frame while playing).
  useEffect(() => {
    const kind = pending.current;
    const stopped = wasPlaying.current && !view.playing;
    wasPlaying.current = view.playing;
    if (!kind && !stopped) return;
    pending.current = null;
    const last = snapshot.lastEvent ? describeEvent(snapshot.lastEvent, ctx) : 'Nothing has happened yet.';
    const at = `At ${formatTime(snapshot.t)}, event ${snapshot.index} of ${ledger.events.length}`;
    if (kind === 'toggle' || kind === 'play' || kind === 'pause' || stopped)
      setAnnouncement(view.playing ? 'Playing.' : `Paused. ${at}: ${last}`);
    else if (kind === 'rerun') setAnnouncement(`${rerunNote ?? 'Re-ran the scenario'}. ${at}: ${last}`);
    else if (kind !== 'speed' && kind !== 'tick' && kind !== 'timeline') setAnnouncement(`${at}: ${last}`);
  }, [snapshot, view.playing]);

  useEffect(() => {
    root.current?.dispatchEvent(
      new CustomEvent('ol-simulation-frame', { bubbles: true, detail: { snapshot } }),
    );
  }, [snapshot]);

  const onKeyDown = (e: KeyboardEvent): void => {
    const el = e.target as HTMLElement;
    const tag = el.tagName;
    if (
      tag === 'SELECT' ||
      tag === 'TEXTAREA' ||
      (tag === 'INPUT' && (el as HTMLInputElement).type !== 'range')
    )
      return;
    const native = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
    const key = { ' ': 'toggle', ArrowRight: 'step.next', ArrowLeft: 'step.back', Home: 'reset', End: 'end' }[
      e.key
    ];
    if (!key || (native && e.key === ' ')) return;
    e.preventDefault();
    act({ type: key } as PlaybackEvent);
  };

  const describeTarget = (e: Event): void => {
    const hit = (e.target as Element | null)?.closest?.('[data-desc]');
    if (hit) setReadout(hit.getAttribute('data-desc') ?? HINT);
  };

  const svg = ledgerSvg(snapshot, { idPrefix: uid, domain });
  const drawing = useMemo(frameToVNode, []);
  // The status bar reads the time only for the offsets-expiry clock of an empty group (R7).
  const expiry = snapshot.group.expiresAt === null ? null : snapshot.group.expiresAt - snapshot.t;
  const status = useMemo(() => <StatusBar s={snapshot} />, [ledger, snapshot.index, expiry]);
  const notes = useMemo(() => <ModelNotes model={run.model} />, [run.model]);
  // Same element while the cursor stays on one event, so Preact skips the log during playback.
  const log = useMemo(
    () => <EventLog events={ledger.events} index={snapshot.index} ctx={ctx} uid={uid} model={run.model} />,
    [ledger, snapshot.index, ctx, uid, run.model],
  );
  return (
    <div
      class="ol-sim not-content"
      ref={root}
      onKeyDown={onKeyDown}
      onPointerOver={describeTarget}
      onFocusIn={describeTarget}
      data-t={snapshot.t}
      data-index={snapshot.index}
      data-playing={view.playing ? 'true' : 'false'}
      role="region"
      aria-label={`Simulation: ${title ?? run.scenario.name ?? 'offset ledger'}`}
      // Site search indexes the article's prose, not the player's legend, controls and event log
      // (their words, run together, made search excerpts unreadable).
      data-pagefind-ignore="all"
    >
      <div class="ol-head">
        <p class="ol-title">{title ?? run.scenario.name ?? 'Offset ledger'}</p>
        {status}
      </div>
      {children}
      <div class="ol-lanes" data-testid="lanes">
        {drawing(svg)}
      </div>
      {LEGEND_LIST}
      <p class="ol-readout" data-testid="readout">
        {readout}
      </p>
      <button
        type="button"
        class="ol-export"
        data-testid="export-frame"
        onClick={async (e) => {
          // issue 7: export this frame (SVG/PNG/caption). Loaded on click so articles don't pay for it.
          const opener = e.currentTarget;
          const { openFrameExport } = await import('../../diagrams/openFrameExport.ts');
          openFrameExport(snapshot, { title: title ?? run.scenario.name ?? 'Offset ledger', opener });
        }}
      >
        Export this frame…
      </button>
      <PlaybackControls
        uid={uid}
        playing={view.playing}
        t={snapshot.t}
        index={snapshot.index}
        events={ledger.events.length}
        duration={ledger.duration}
        speed={view.speed}
        send={act}
      />
      <MetricsStrip series={series} snapshot={snapshot} />
      {log}
      {notes}
      <p class="ol-sr" aria-live="polite" data-testid="announcer">
        {/* '' would be rewritten on every frame (see MetricsStrip), and this is a live region. */}
        {announcement || null}
      </p>
    </div>
  );
}
