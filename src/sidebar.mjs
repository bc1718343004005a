// The sidebar, by Diátaxis section. Starlight cannot autogenerate it from a top-level content folder
// (toolchain guide §3), so every page is listed here; the link check fails if one is missing.
export const sidebar = [
  { label: 'Tutorials', items: ['tutorials/first-poison-pill'] },
  {
    label: 'How-to guides',
    items: [
      'how-to/unblock-stuck-partition',
      'how-to/migrate-consumer-group',
      'how-to/survive-long-outage',
      'how-to/review-esm-configuration',
    ],
  },
  {
    label: 'Explanation',
    items: [
      'explanation/offset-management',
      'explanation/starting-positions',
      'explanation/offset-expiry',
      'explanation/errors-and-retries',
      'explanation/bisect-and-partial-batches',
      'explanation/batching-payload-filtering',
      'explanation/scaling-and-ordering',
    ],
  },
  {
    label: 'Reference',
    items: [
      'reference/parameters',
      'reference/event-shape',
      'reference/batch-item-failures',
      'reference/destination-records',
      'reference/metrics',
      'reference/scenario-format',
      'reference/model-and-assumptions',
      'reference/glossary',
      'reference/simulation-anatomy',
      'reference/statecharts',
    ],
  },
  { label: 'Playground', link: '/playground/' },
];
