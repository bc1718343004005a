import { describe, expect, it } from 'vitest';
import { importLineOf } from './importLineOf.ts';
import { importMapping } from './importMapping.ts';
import { fixture, validationErrors } from './testFixtures.ts';

describe('importLineOf', () => {
  const lines = {
    ProvisionedPollerConfig: 10,
    'ProvisionedPollerConfig.MaximumPollers': 12,
    'FilterCriteria.Filters[0]': 20,
  };

  it.each([
    ['the member itself', 'mapping.ProvisionedPollerConfig.MaximumPollers', 12],
    ['the nearest parent', 'mapping.ProvisionedPollerConfig.MinimumPollers', 10],
    ['through a list item', 'mapping.FilterCriteria.Filters[0].Pattern', 20],
    ['nothing for a member the import added', 'mapping.Topics', undefined],
    ['not the function timeout', 'function.timeout', undefined],
  ])('finds %s', (_name, path, line) => {
    expect(importLineOf(path, lines)).toBe(line);
  });

  it('puts every error of the seed blog snippet on its line', () => {
    const { request, lines: seedLines } = importMapping(fixture('seed-blog.cfn.yaml'));
    const placed = validationErrors(request ?? {}).map(
      (e) => `${importLineOf(e.split(':')[0] ?? '', seedLines)} ${e.split(':')[0]}`,
    );
    expect(placed).toEqual([
      '10 mapping.ParallelizationFactor',
      '16 mapping.KafkaConfiguration',
      '12 mapping.MaximumRetryAttempts',
      '11 mapping.MaximumRecordAgeInSeconds',
    ]);
  });
});
