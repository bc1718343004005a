import { describe, expect, it } from 'vitest';
import { partitionFlowMachine, type PartitionFlowEvent } from './partitionFlowMachine.ts';
import { machineCoverage } from '../testing/machineCoverage.ts';

const ended = (
  outcome: 'success' | 'error' | 'timeout' | 'partial',
  flags: Partial<Record<'failedHere' | 'canBisect' | 'retriesExhausted', boolean>> = {},
) =>
  ({
    type: 'invocation.ended',
    outcome,
    failedHere: false,
    canBisect: false,
    retriesExhausted: false,
    ...flags,
  }) as const;

const events: PartitionFlowEvent[] = [
  { type: 'partition.assigned', poller: 0 },
  { type: 'position.resolved', offset: 0 },
  { type: 'batch.formed', batch: 1 },
  { type: 'invocation.started' },
  ended('success'),
  ended('partial', { failedHere: true }),
  ended('partial'),
  ended('error', { canBisect: true }),
  ended('timeout', { retriesExhausted: true }),
  ended('error'),
  { type: 'offsets.committed' },
  { type: 'records.discarded' },
  { type: 'partition.released' },
  { type: 'partition.revoked' },
];

describe('partitionFlowMachine (R6–R17) path coverage with @xstate/graph', () => {
  const coverage = machineCoverage(partitionFlowMachine, events, { partition: 0 });
  it('reaches every state', () => {
    expect(coverage.reachedStates).toEqual(coverage.states);
  });
  it('takes every transition of the config, guarded branches included', () => {
    expect(coverage.takenTransitions).toEqual(coverage.transitions);
  });
  it("the engine's FlatMachineRunner agrees with XState on every edge", () => {
    expect(coverage.disagreements).toEqual([]);
  });
  it.each([
    ['R12 success commits', ended('success'), 'committing'],
    ['R17 reported failures here retry them', ended('partial', { failedHere: true }), 'retryingFailedItems'],
    ['R17 a partition without reported failures commits', ended('partial'), 'committing'],
    ['R16 an error with bisect splits', ended('error', { canBisect: true }), 'bisecting'],
    ['R14 exhausted retries discard', ended('error', { retriesExhausted: true }), 'discarding'],
    ['R13 otherwise the batch is retried', ended('timeout'), 'retrying'],
  ])('%s', (_name, event, target) => {
    const sequence: PartitionFlowEvent[] = [
      { type: 'partition.assigned', poller: 0 },
      { type: 'position.resolved', offset: 0 },
      { type: 'batch.formed', batch: 1 },
      event,
    ];
    const coverage2 = machineCoverage(partitionFlowMachine, sequence, { partition: 0 });
    expect(coverage2.reachedStates).toContain(target);
  });
});
