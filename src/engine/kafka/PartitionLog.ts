import type { LogSegment } from './LogSegment.ts';
import { segmentLastTime, segmentTime } from './LogSegment.ts';

/**
 * One partition's log as produce segments. Lookups by offset or time are binary searches, so the cost
 * never depends on the number of records. Retention is a pure function of time (R7, facts §4): records
 * older than `retentionMs` are gone and the log start moves past them (spec §3: "records older than this
 * are deleted"; a record exactly `retentionMs` old is still there).
 *
 * @example
 * const log = new PartitionLog(0, segments, 7 * 86_400_000);
 * log.endAt(1000); // offsets < this exist at t = 1000
 */
export class PartitionLog {
  readonly partition: number;
  readonly segments: LogSegment[];
  readonly retentionMs: number | null;
  readonly total: number;

  constructor(partition: number, segments: LogSegment[], retentionMs: number | null) {
    this.partition = partition;
    this.segments = segments;
    this.retentionMs = retentionMs;
    const last = segments[segments.length - 1];
    this.total = last ? last.from + last.count : 0;
  }

  /** Log end offset (HW) at time t: records produced at t are already in (spec §3). */
  endAt(t: number): number {
    return this.countWhere(t, true);
  }

  /** Number of records produced strictly before t = first offset whose time is ≥ t. */
  firstOffsetAtOrAfter(t: number): number {
    return this.countWhere(t, false);
  }

  /** Log start offset (LSO) at time t under log retention. */
  startAt(t: number): number {
    if (this.retentionMs === null) return 0;
    return Math.min(this.firstOffsetAtOrAfter(t - this.retentionMs), this.endAt(t));
  }

  /** Production time of `offset` (which must exist in the segments). */
  timeOf(offset: number): number {
    const s = this.segmentOf(offset);
    return segmentTime(s, offset - s.from);
  }

  /** The segment holding `offset`. */
  segmentOf(offset: number): LogSegment {
    return this.segments[this.segmentIndexOf(offset)]!;
  }

  segmentIndexOf(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid]!.from <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Time the record at `offset` appears, or null when no such record is ever produced. */
  arrivalOf(offset: number): number | null {
    return offset < this.total ? this.timeOf(offset) : null;
  }

  /** Σ sizeBytes of offsets [from, to). */
  bytesBetween(from: number, to: number): number {
    let bytes = 0;
    for (let i = this.segmentIndexOf(from); i < this.segments.length && from < to; i++) {
      const s = this.segments[i]!;
      const end = Math.min(to, s.from + s.count);
      if (end > from) bytes += (end - Math.max(from, s.from)) * s.sizeBytes;
      from = Math.max(from, end);
    }
    return bytes;
  }

  /** Counts records with time ≤ t (inclusive) or < t (exclusive). */
  private countWhere(t: number, inclusive: boolean): number {
    const segs = this.segments;
    const before = (time: number) => (inclusive ? time <= t : time < t);
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (before(segs[mid]!.atMs)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return 0;
    const s = segs[found]!;
    if (before(segmentLastTime(s))) return s.from + s.count;
    // some records of s are after t: the arithmetic sequence tells how many are not
    const span = (t - s.atMs) / s.everyMs;
    const n = inclusive ? Math.floor(span) + 1 : Math.ceil(span);
    return s.from + Math.min(s.count, Math.max(0, n));
  }
}
