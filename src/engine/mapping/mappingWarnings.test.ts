/** Warnings: valid mappings that are easy to misread (pinned messages). */
import { describe, expect, it } from 'vitest';
import { validateMapping } from './validateMapping.ts';

const ctx = {
  path: 'mapping',
  topicName: 'orders',
  operation: 'create' as const,
  functionTimeoutMs: 3000,
  startEpochMs: Date.UTC(2026, 0, 1),
};
const filter = { Pattern: '{"value":{"a":[1]}}' };

const cases: [string, Record<string, unknown>][] = [
  ['none for a plain mapping', { StartingPosition: 'LATEST' }],
  [
    'a timestamp without AT_TIMESTAMP is ignored',
    { StartingPosition: 'LATEST', StartingPositionTimestamp: 1 },
  ],
  [
    'more filters than the default quota',
    { StartingPosition: 'LATEST', FilterCriteria: { Filters: Array(6).fill(filter) } },
  ],
  [
    'R4: explicit infinite retries are capped by a destination',
    {
      StartingPosition: 'LATEST',
      MaximumRetryAttempts: -1,
      ProvisionedPollerConfig: { MinimumPollers: 1 },
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::failures' } },
    },
  ],
  [
    'R4: infinite retries are capped by a destination',
    {
      StartingPosition: 'LATEST',
      ProvisionedPollerConfig: { MinimumPollers: 1 },
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::failures' } },
    },
  ],
];

describe('mapping warnings', () => {
  it('accompany valid mappings only, with these messages', () => {
    const byCase = Object.fromEntries(
      cases.map(([name, request]) => {
        const { errors, warnings } = validateMapping(request, ctx);
        expect(errors).toEqual([]);
        return [name, warnings];
      }),
    );
    expect(byCase).toMatchInlineSnapshot(`
      {
        "R4: explicit infinite retries are capped by a destination": [
          "MaximumRetryAttempts is -1 (infinite) but an on-failure destination is set: retries stop after 10 (R4)",
        ],
        "R4: infinite retries are capped by a destination": [
          "MaximumRetryAttempts defaults to -1 (infinite) but an on-failure destination is set: retries stop after 10 (R4)",
        ],
        "a timestamp without AT_TIMESTAMP is ignored": [
          "StartingPositionTimestamp is ignored: StartingPosition is LATEST",
        ],
        "more filters than the default quota": [
          "6 filters exceed the default quota of 5 per mapping; AWS accepts up to 10 only after a quota increase",
        ],
        "none for a plain mapping": [],
      }
    `);
  });
});
