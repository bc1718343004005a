// The sidebar, by Diátaxis section. Starlight cannot autogenerate it from a top-level content folder
// (toolchain guide §3), so every page is listed here; the link check fails if one is missing.
export const sidebar = [
  { label: 'Tutorials', items: ['tutorials/first-poison-pill'] },
  { label: 'How-to guides', items: [] },
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
  { label: 'Reference', items: ['reference/simulation-anatomy', 'reference/statecharts'] },
  { label: 'Playground', link: '/playground/' },
];
