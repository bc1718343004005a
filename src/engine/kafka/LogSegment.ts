/**
 * A run of records appended by one produce step: offsets `from … from + count − 1` at times
 * `atMs + i × everyMs`. The log never materialises records; every lookup is arithmetic on segments.
 */
export interface LogSegment {
  /** first offset of the run */
  from: number;
  count: number;
  atMs: number;
  everyMs: number;
  sizeBytes: number;
  /** the value of every record in the run; null = generated per record */
  value: string | null;
  key: string | null;
  /** index of the produce step in the scenario (file order) */
  step: number;
}

/** Time of the i-th record of a segment. */
export function segmentTime(s: LogSegment, i: number): number {
  return s.atMs + i * s.everyMs;
}

/** Time of a segment's last record. */
export function segmentLastTime(s: LogSegment): number {
  return segmentTime(s, s.count - 1);
}
