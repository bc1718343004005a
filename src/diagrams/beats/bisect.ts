import type { Beat } from '../Beat.ts';

/** Presenter beats for "Bisect on function error" (times from its trace). */
export const beats: Beat[] = [
  { at: 0, caption: 'Ten records, one bad one at offset 6. Bisect is on, MaximumRetryAttempts is 2.' },
  { at: '200ms', caption: 'Batch 0–9 fails, so the mapping splits it into two halves (R16).' },
  { at: '400ms', caption: 'The good half, 0–4, succeeds and commits offset 5 on its own.' },
  { at: '1s', caption: 'Splitting goes on until the bad record stands alone.' },
  {
    at: '1800ms',
    caption:
      'Offset 6 fails 1 + 2 times: it goes to the on-failure destination and the commit moves past it (R14).',
  },
  { at: '30s', caption: 'Everything else was processed: committed offset 10, one record discarded.' },
];
