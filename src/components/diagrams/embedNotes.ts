/**
 * The sentences under an embed that say what it did not do: address values it ignored, knob values
 * the engine rejects (when no knob panel is there to say it), and a simulator that could not load.
 * Never silently dropped: a slide that shows the wrong scenario without a word would mislead.
 */
export interface EmbedNoteInput {
  /** address values that were ignored, and why */
  problems: readonly string[];
  /** the engine's objections that no knob panel shows */
  rejected: readonly { path: string; message: string }[];
  /** why the engine's chunk could not be loaded */
  unreachable?: string | undefined;
}

export function embedNotes({ problems, rejected, unreachable }: EmbedNoteInput): string[] {
  const notes: string[] = [];
  if (problems.length) notes.push(`Ignored in the embed address: ${problems.join('; ')}`);
  if (rejected.length) {
    const why = rejected.map((e) => `${e.path}: ${e.message}`).join('; ');
    notes.push(`The engine rejects the knob values in the embed address, so the run on screen stays: ${why}`);
  }
  if (unreachable) {
    notes.push(
      `The simulator could not be loaded to apply the knob values, so the run on screen stays (${unreachable}).`,
    );
  }
  return notes;
}
