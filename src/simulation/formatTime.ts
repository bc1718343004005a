/**
 * Virtual time for people: `0s`, `1.5s`, `2m 05s`, `8d 03h 12m`. Short enough for a badge, exact
 * enough to tell two steps apart (milliseconds are shown below one minute).
 */
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatTime(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const v = Math.abs(Math.round(ms));
  if (v < M) {
    const s = v / S;
    return `${sign}${Number.isInteger(s) ? s : s.toFixed(3).replace(/0+$/, '')}s`;
  }
  const d = Math.floor(v / D);
  const h = Math.floor((v % D) / H);
  const m = Math.floor((v % H) / M);
  const s = Math.floor((v % M) / S);
  if (d > 0) return `${sign}${d}d ${pad(h)}h ${pad(m)}m`;
  if (h > 0) return `${sign}${h}h ${pad(m)}m ${pad(s)}s`;
  const rest = v % S;
  return `${sign}${m}m ${pad(s)}${rest ? `.${String(rest).padStart(3, '0')}` : ''}s`;
}

/** A duration in words for sentences: "7 days", "90 seconds", "1.5 hours". */
export function formatDuration(ms: number): string {
  const units: [number, string][] = [
    [D, 'day'],
    [H, 'hour'],
    [M, 'minute'],
    [S, 'second'],
  ];
  for (const [size, name] of units) {
    if (ms >= size) {
      const n = Math.round((ms / size) * 10) / 10;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${ms} ms`;
}
