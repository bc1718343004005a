/**
 * Metrics over the whole run as sparklines, with the cursor's position and the value at the cursor:
 * OffsetLag (total, and per partition as thin lines; R24), invocations, errors, duplicate deliveries.
 */
import { useMemo } from 'preact/hooks';
import type { MetricsSeries } from '../../simulation/metricsSeries.ts';
import type { LedgerSnapshot } from '../../simulation/LedgerSnapshot.ts';

const H = 28;

function path(values: readonly number[], max: number): string {
  if (values.length === 0) return '';
  return values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${i + 0.5} ${(H - 2 - (v / max) * (H - 4)).toFixed(2)}`)
    .join('');
}

function Spark({ lines, bars }: { lines: readonly (readonly number[])[]; bars: boolean }) {
  const n = lines[0]?.length ?? 0;
  const max = Math.max(1, ...lines.flat());
  return (
    <svg
      class="ol-spark"
      viewBox={`0 0 ${n} ${H}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {bars
        ? lines[0]!.map((v, i) =>
            v > 0 ? (
              <rect
                key={i}
                x={i + 0.1}
                width={0.8}
                y={H - 2 - (v / max) * (H - 4)}
                height={(v / max) * (H - 4)}
              />
            ) : null,
          )
        : lines.map((l, i) => (
            <path
              key={i}
              d={path(l, max)}
              class={i === 0 ? 'ol-spark-main' : 'ol-spark-part'}
              vector-effect="non-scaling-stroke"
            />
          ))}
    </svg>
  );
}

interface MetricProps {
  label: string;
  value: number;
  desc: string;
  lines: readonly (readonly number[])[];
  bars?: boolean;
  cursor: number;
  tone?: 'error';
}

function Metric({ label, value, desc, lines, bars = false, cursor, tone }: MetricProps) {
  return (
    <div
      class={`ol-metric${tone ? ` ol-metric--${tone}` : ''}`}
      tabindex={0}
      role="group"
      aria-label={`${label}: ${value}. ${desc}`}
      data-desc={desc}
      title={desc}
    >
      <div class="ol-metric-head">
        <span class="ol-metric-label">{label}</span>
        <span class="ol-metric-value" data-testid={`metric-${label}`}>
          {/* A string: Preact rewrites a text node that held 0 (or '') on every render, i.e. a relayout
              per playback frame; numbers in the other parts are template strings for the same reason. */}
          {String(value)}
        </span>
      </div>
      <div class="ol-spark-box">
        {useMemo(
          () => (
            <Spark lines={lines} bars={bars} />
          ),
          [lines, bars],
        )}
        <span class="ol-spark-cursor" style={{ left: `${(cursor * 100).toFixed(2)}%` }} aria-hidden="true" />
      </div>
    </div>
  );
}

export function MetricsStrip({ series, snapshot }: { series: MetricsSeries; snapshot: LedgerSnapshot }) {
  const cursor = snapshot.duration > 0 ? snapshot.t / snapshot.duration : 0;
  const lag = snapshot.partitions.reduce((n, p) => n + p.lag, 0);
  const multi = snapshot.partitions.length > 1;
  const lines = useMemo(
    () => ({
      lag: multi ? [series.lagTotal, ...series.lagByPartition] : [series.lagTotal],
      invocations: [series.invocations],
      errors: [series.errors],
      duplicates: [series.duplicates],
    }),
    [series, multi],
  );
  return (
    <div class="ol-metrics" role="group" aria-label="Metrics over the run">
      <Metric
        label="OffsetLag"
        value={lag}
        lines={lines.lag}
        cursor={cursor}
        desc="OffsetLag: records in the log the group has not committed yet, all partitions together (thin lines: each partition)"
      />
      <Metric
        label="Invocations"
        value={snapshot.totals.invocations}
        lines={lines.invocations}
        bars
        cursor={cursor}
        desc="Invocations of the function so far; bars: invocations over time"
      />
      <Metric
        label="Errors"
        value={snapshot.totals.errors}
        lines={lines.errors}
        bars
        cursor={cursor}
        tone="error"
        desc="Invocations that failed with a function error or a timeout so far"
      />
      <Metric
        label="Duplicates"
        value={snapshot.totals.duplicates}
        lines={lines.duplicates}
        bars
        cursor={cursor}
        desc="Duplicate deliveries so far: records sent to the function again after an earlier delivery (at-least-once, R18)"
      />
    </div>
  );
}
