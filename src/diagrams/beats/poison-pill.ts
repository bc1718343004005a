import type { Beat } from '../Beat.ts';

/** Presenter beats for "A poison pill with default settings" (times from its trace). */
export const beats: Beat[] = [
  { at: 0, caption: 'Three partitions, three pollers, one bad record: partition 0, offset 5.' },
  { at: '1200ms', caption: 'The first batches succeed everywhere: each partition commits offset 3.' },
  { at: '2700ms', caption: 'Partition 0’s batch 3–5 fails; partitions 1 and 2 keep committing.' },
  {
    at: '10s',
    caption: 'Default settings: the failing batch is retried whole, forever (R13). Partition 0 stays at 3.',
  },
  { at: '30s', caption: 'Partitions 1 and 2 are done; partition 0 has not moved past offset 3 (R9).' },
];
