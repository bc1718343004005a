/**
 * A presenter beat: a named checkpoint in a scenario's timeline with a one-line caption.
 * `at` is a duration as scenario files write them (`2s`, `1500ms`) or milliseconds.
 * Preset files may one day carry them as `beats: [{ at: 2s, caption: "…" }]` (proposed extension
 * key); until the scenario loader accepts it they live in src/diagrams/beats/<scenario>.ts.
 */
export interface Beat {
  at: string | number;
  caption: string;
}

/** A beat with its time resolved, ready to show. */
export interface ResolvedBeat {
  t: number;
  caption: string;
}
