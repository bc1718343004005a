/**
 * The playback cursor: `index` trace events applied, seen at virtual time `t`. Stepping moves by
 * one event (several events can share a time); seeking moves by time and applies every event at or
 * before it.
 */
export interface Cursor {
  index: number;
  t: number;
}

/** Number of `times` (sorted ascending) that are ≤ `t`. */
export function countAtOrBefore(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function seekCursor(times: readonly number[], duration: number, t: number): Cursor {
  const clamped = Math.max(0, Math.min(duration, t));
  return { index: countAtOrBefore(times, clamped), t: clamped };
}

export function stepNext(times: readonly number[], c: Cursor): Cursor {
  const next = times[c.index];
  return next === undefined ? c : { index: c.index + 1, t: Math.max(c.t, next) };
}

/** Undo the last applied event; the time returns to the event before it. */
export function stepBack(times: readonly number[], c: Cursor): Cursor {
  if (c.index === 0) return { index: 0, t: 0 };
  const index = c.index - 1;
  return { index, t: index > 0 ? times[index - 1]! : 0 };
}

/**
 * Playback: advance `dt` real ms at `speed` virtual ms per real ms. An idle stretch that would take
 * longer than `maxIdleMs` of real time to watch is jumped over, so 8 quiet days pass in one frame.
 */
export function advance(
  times: readonly number[],
  duration: number,
  c: Cursor,
  dt: number,
  speed: number,
  maxIdleMs = 1500,
): Cursor {
  let t = c.t + dt * speed;
  const next = times[c.index];
  const gapEnd = next ?? duration;
  if (t < gapEnd && gapEnd - c.t > maxIdleMs * speed) t = gapEnd;
  return seekCursor(times, duration, t);
}
