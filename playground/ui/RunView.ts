import type { Scorecard } from '../compare/scorecard.ts';
import type { PlaygroundRun } from '../run/runPlayground.ts';

/** What a results pane shows for one mapping (A, or B in Compare). */
export type RunView =
  | { status: 'idle' }
  | { status: 'running'; invocation: number }
  | { status: 'failed'; message: string }
  | { status: 'done'; result: PlaygroundRun; card: Scorecard };
