import type { Beat } from '../Beat.ts';

/** Presenter beats for the tutorial scenario "Your first poison pill" (times from its trace). */
export const beats: Beat[] = [
  {
    at: 0,
    caption: 'One partition, 20 records arriving, BatchSize 5: the mapping starts at the oldest record.',
  },
  { at: '600ms', caption: 'Batch 0–4 succeeds: the group commits offset 5, the next record to read (R12).' },
  { at: '1100ms', caption: 'Offset 5 is a poison pill: batch 5–9 fails with a function error.' },
  {
    at: '3s',
    caption: 'By default the whole batch is retried, again and again (R13). The commit stays at 5.',
  },
  {
    at: '10s',
    caption: 'Still stuck at 5. Records 10–19 are never sent: one batch in flight per partition (R9).',
  },
];
