/**
 * The offset ledger drawn as SVG: a pure function of (snapshot, options). Horizontal positions are
 * percentages and heights are pixels, so the same drawing fits any width without measuring (the
 * server-rendered frame and the hydrated one are identical) and text never scales down on a phone.
 * Exports pass a theme and a pixel width to get a standalone, script-free file.
 */
import type { LedgerSnapshot, PartitionLedger, Span } from './LedgerSnapshot.ts';
import { laneRuns, type CellState } from './laneRuns.ts';
import { palette, type LedgerTheme, type Palette } from './palette.ts';
import { el, keyed, svgToString, type SvgNode } from './svgTree.ts';
import { offsetsText } from './describeEvent.ts';
import {
  CLOSED_BY_SHORT,
  attemptText,
  batchText,
  committedText,
  laneSummary,
  runText,
  STATE_WORDS,
} from './describeLedger.ts';
import { formatTime } from './formatTime.ts';

export interface LedgerSvgOptions {
  /** `css` (default) follows the page's theme variables; `light`/`dark` resolve colours for export */
  theme?: LedgerTheme;
  /** a pixel width for standalone export; default 100% of the container */
  width?: number;
  /** unique per drawing on a page (pattern ids) */
  idPrefix?: string;
  /** the offsets the lanes span; default 0 to the highest log end in the snapshot */
  domain?: { lo: number; hi: number };
  /** a header line with topic, time and mapping state, and a legend (for exports) */
  standalone?: boolean;
}

export const ROW_HEIGHT = 88;
const BAR_Y = 24;
const BAR_H = 22;
/** at most this many offsets per lane are drawn as separate cells */
const CELL_LIMIT = 80;

/** The last segment of an ARN (`arn:aws:sqs:…:orders-failures` → `orders-failures`). */
const shortName = (arn: string): string => arn.split(/[:/]/).at(-1) ?? arn;

const pct = (n: number): string => `${Math.round(n * 1000) / 1000}%`;

function stateFill(state: CellState, c: Palette, hatch: string): { fill: string; opacity?: number } {
  switch (state) {
    case 'gone':
      return { fill: c.muted, opacity: 0.15 };
    case 'committed':
      return { fill: c.committed };
    case 'pending':
      return { fill: c.pending, opacity: 0.55 };
    case 'skipped':
      return { fill: c.filtered, opacity: 0.35 };
    case 'batched':
      return { fill: c.inflight, opacity: 0.5 };
    case 'invoking':
      return { fill: c.inflight };
    case 'failed':
      return { fill: c.failed };
    case 'filtered':
      return { fill: `url(#${hatch})` };
    case 'discarded':
      return { fill: c.discarded };
  }
}

function described(desc: string, node: SvgNode): SvgNode {
  node.attrs['data-desc'] = desc;
  node.children.unshift(el('title', {}, desc));
  return node;
}

function bracket(
  spans: readonly Span[],
  x: (o: number) => number,
  y: number,
  color: string,
  dashed: boolean,
): SvgNode[] {
  return spans.flatMap((s) => {
    const [a, b] = [x(s.from), x(s.to + 1)];
    const common = { stroke: color, 'stroke-width': 2, 'stroke-dasharray': dashed ? '4 3' : undefined };
    return [
      el('line', { x1: pct(a), x2: pct(b), y1: y, y2: y, ...common }),
      el('line', { x1: pct(a), x2: pct(a), y1: y - 5, y2: y, ...common }),
      el('line', { x1: pct(b), x2: pct(b), y1: y - 5, y2: y, ...common }),
    ];
  });
}

function lane(
  p: PartitionLedger,
  s: LedgerSnapshot,
  y: number,
  lo: number,
  hi: number,
  c: Palette,
  hatch: string,
): SvgNode {
  const span = Math.max(1, hi - lo);
  const x = (o: number): number => ((Math.min(Math.max(o, lo), hi) - lo) / span) * 100;
  const nodes: SvgNode[] = [];
  const b = p.batch;
  const summary = laneSummary(p, s);
  // Records the last step discarded are shown leaving for the destination (R14).
  const recent =
    s.lastEvent?.type === 'records.discarded'
      ? s.lastEvent.ranges.filter((r) => r.partition === p.partition)
      : [];
  const leaving = recent.map((r) => offsetsText(r.from, r.to)).join(', ');
  const info = `${p.committed === null ? 'no commit' : `committed ${p.committed}`} · lag ${p.lag}`;
  // On a phone the poller and the log start give way (a media query) to the numbers that matter
  // most; the status bar names the pollers and the dashed line marks the log start.
  const poller = p.poller === null ? null : el('tspan', { class: 'ol-lane-extra' }, ` · poller ${p.poller}`);
  const start = p.logStart > 0 ? el('tspan', { class: 'ol-lane-extra' }, `start ${p.logStart} · `) : null;
  nodes.push(
    keyed(
      'ring',
      el('rect', {
        x: 0,
        y: -3,
        width: '100%',
        height: ROW_HEIGHT - 6,
        rx: 4,
        fill: 'none',
        class: 'ol-lane-ring',
      }),
    ),
    keyed('name', el('text', { x: 0, y: 13, fill: c.text, 'font-weight': 700 }, `P${p.partition}`)),
    keyed('info', el('text', { x: 36, y: 13, fill: c.muted }, info, poller)),
    recent.length > 0
      ? keyed(
          'discard-label',
          described(
            `${leaving} of partition ${p.partition} ${s.destination ? `on the way to ${s.destination}` : 'dropped: no on-failure destination'}`,
            el(
              'text',
              {
                x: '100%',
                y: 13,
                fill: c.discarded,
                'text-anchor': 'end',
                'font-weight': 700,
                'data-testid': 'discard-label',
              },
              `${leaving} → ${s.destination ? shortName(s.destination) : 'dropped'}`,
            ),
          ),
        )
      : keyed(
          'extent',
          el('text', { x: '100%', y: 13, fill: c.muted, 'text-anchor': 'end' }, start, `end ${p.logEnd}`),
        ),
    keyed('track', el('rect', { x: 0, y: BAR_Y, width: '100%', height: BAR_H, fill: c.track, rx: 3 })),
  );
  laneRuns(p, lo, hi).forEach((r, i) => {
    const { fill, opacity } = stateFill(r.state, c, hatch);
    const rect = el('rect', {
      x: pct(x(r.from)),
      y: BAR_Y,
      width: pct(x(r.to) - x(r.from)),
      height: BAR_H,
      fill,
      'fill-opacity': opacity,
      'data-state': r.state,
    });
    nodes.push(keyed(`run-${i}`, described(runText(p, r), rect)));
  });
  if (span <= CELL_LIMIT) {
    // Cell borders in the background colour, so each record reads as one cell.
    for (let o = lo + 1; o < Math.min(hi, p.logEnd); o++)
      nodes.push(
        keyed(
          `cell-${o}`,
          el('line', {
            x1: pct(x(o)),
            x2: pct(x(o)),
            y1: BAR_Y,
            y2: BAR_Y + BAR_H,
            stroke: c.background,
            'stroke-width': 1.5,
          }),
        ),
      );
  }
  const boundary = (key: string, offset: number, text: string, attrs: Record<string, string>) =>
    keyed(
      key,
      described(
        text,
        el('line', {
          x1: pct(x(offset)),
          x2: pct(x(offset)),
          y1: BAR_Y - 3,
          y2: BAR_Y + BAR_H + 3,
          stroke: c.muted,
          'stroke-width': 2,
          ...attrs,
        }),
      ),
    );
  if (p.logStart > lo)
    nodes.push(
      boundary(
        'log-start',
        p.logStart,
        `log start ${p.logStart}: the oldest record still retained in partition ${p.partition}`,
        { 'stroke-dasharray': '3 2' },
      ),
    );
  nodes.push(
    boundary(
      'log-end',
      p.logEnd,
      `log end ${p.logEnd}: the offset the next produced record gets in partition ${p.partition}`,
      {
        'data-marker': 'log-end',
      },
    ),
  );
  if (b) {
    const running = b.invoking.length > 0 && b.status !== 'formed';
    const color = b.status === 'failed' || b.status === 'retry-scheduled' ? c.failed : c.inflight;
    const desc = batchText(b, s.limits.maxAttempts);
    const parts = [
      ...bracket(b.spans, x, BAR_Y + BAR_H + 8, color, false),
      ...(b.halves ? bracket(b.halves[0], x, BAR_Y + BAR_H + 14, color, true) : []),
      ...(b.halves ? bracket(b.halves[1], x, BAR_Y + BAR_H + 14, color, true) : []),
      ...(running && b.halves ? bracket(b.invoking, x, BAR_Y + BAR_H + 14, color, false) : []),
    ];
    // Anchored at the lane's left edge: it always fits, even 360 px wide; the colour ties it to the bracket.
    const label = [
      `#${b.batch} closed by ${CLOSED_BY_SHORT[b.closedBy]}`,
      attemptText(b, s.limits.maxAttempts),
    ];
    // Short enough for a 360 px screen; the full story is in the title and the readout.
    if (b.bisectDepth > 0) label.push(`depth ${b.bisectDepth}`);
    else if (b.halves) label.push('split');
    parts.push(
      el(
        'text',
        { x: 0, y: BAR_Y + BAR_H + 26, fill: c.text, 'font-size': 11, 'data-testid': 'batch-label' },
        label.join(' · '),
      ),
    );
    nodes.push(keyed('batch', described(desc, el('g', { 'data-marker': 'batch' }, ...parts))));
  }
  if (p.committed !== null && p.committed >= lo) {
    const cx = pct(x(p.committed));
    nodes.push(
      keyed(
        'committed',
        described(
          committedText(p.committed),
          el(
            'g',
            { 'data-marker': 'committed', 'data-offset': p.committed },
            el('line', {
              x1: cx,
              x2: cx,
              y1: BAR_Y - 4,
              y2: BAR_Y + BAR_H + 4,
              stroke: c.text,
              'stroke-width': 2.5,
            }),
            el('rect', {
              x: cx,
              y: BAR_Y - 8,
              width: 9,
              height: 6,
              transform: 'translate(-4.5 0)',
              fill: c.text,
            }),
          ),
        ),
      ),
    );
  }
  return keyed(
    `lane-${p.partition}`,
    el(
      'g',
      {
        transform: `translate(0 ${y})`,
        class: 'ol-lane',
        role: 'img',
        tabindex: 0,
        'aria-label': summary,
        'data-desc': summary,
        'data-partition': p.partition,
      },
      ...nodes,
    ),
  );
}

const LEGEND: CellState[] = [
  'committed',
  'pending',
  'invoking',
  'failed',
  'filtered',
  'discarded',
  'skipped',
];

export function ledgerSvg(s: LedgerSnapshot, o: LedgerSvgOptions = {}): SvgNode {
  const c = palette(o.theme ?? 'css');
  const hatch = `${o.idPrefix ?? 'ol'}-hatch`;
  const lo = o.domain?.lo ?? 0;
  const hi = o.domain?.hi ?? Math.max(1, ...s.partitions.map((p) => p.logEnd));
  const top = o.standalone ? 28 : 4;
  const lanes = s.partitions.map((p, i) => lane(p, s, top + i * ROW_HEIGHT, lo, hi, c, hatch));
  const height = top + s.partitions.length * ROW_HEIGHT + (o.standalone ? 24 : 0);
  const defs = el(
    'defs',
    {},
    el(
      'pattern',
      { id: hatch, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('rect', { width: 6, height: 6, fill: c.filtered, 'fill-opacity': 0.25 }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: c.filtered, 'stroke-width': 3 }),
    ),
  );
  const header = o.standalone
    ? el(
        'text',
        { x: 0, y: 16, fill: c.text, 'font-weight': 700 },
        `${s.topic} at ${formatTime(s.t)} · mapping ${s.mapping.state ?? 'not created'} · group ${s.group.id}`,
      )
    : null;
  const legend = o.standalone
    ? el(
        'g',
        { transform: `translate(0 ${height - 8})` },
        ...LEGEND.map((state, i) => {
          const { fill, opacity } = stateFill(state, c, hatch);
          return el(
            'g',
            { transform: `translate(${i * 108} 0)` },
            el('rect', { x: 0, y: -10, width: 12, height: 12, fill, 'fill-opacity': opacity }),
            el('text', { x: 16, y: 0, fill: c.muted }, state),
          );
        }),
      )
    : null;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: o.width ?? '100%',
      height,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 12,
      class: 'ol-ledger',
      role: 'group',
      'aria-label': `Offset ledger of topic ${s.topic} at ${formatTime(s.t)}`,
      style: o.standalone ? `background:${c.background}` : undefined,
    },
    defs,
    header,
    ...lanes,
    legend,
  );
}

/** A standalone SVG document of one frame (no scripts, no handlers), e.g. for the diagrams export. */
export function renderLedgerSvg(s: LedgerSnapshot, o: LedgerSvgOptions = {}): string {
  return svgToString(ledgerSvg(s, { standalone: true, width: 800, theme: 'light', ...o }));
}

export { STATE_WORDS };
