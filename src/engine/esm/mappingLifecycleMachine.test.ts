import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { mappingLifecycleMachine, type MappingLifecycleEvent } from './mappingLifecycleMachine.ts';
import { machineCoverage } from '../testing/machineCoverage.ts';

const events: MappingLifecycleEvent[] = [
  { type: 'mapping.created', enabled: true },
  { type: 'mapping.created', enabled: false },
  { type: 'mapping.enable' },
  { type: 'mapping.disable' },
  { type: 'mapping.update', enabled: true },
  { type: 'mapping.update', enabled: false },
  { type: 'mapping.delete' },
  { type: 'pollers.started' },
  { type: 'pollers.stopped' },
];

describe('mappingLifecycleMachine (R22, R23) path coverage with @xstate/graph', () => {
  const coverage = machineCoverage(mappingLifecycleMachine, events);
  it('reaches every state the Lambda API reports', () => {
    expect(coverage.reachedStates).toEqual([
      'Creating',
      'Deleted',
      'Deleting',
      'Disabled',
      'Disabling',
      'Enabled',
      'Enabling',
      'Updating',
    ]);
    expect(coverage.reachedStates).toEqual(coverage.states);
  });
  it('takes every transition', () => {
    expect(coverage.takenTransitions).toEqual(coverage.transitions);
  });
  it.each([
    [['mapping.created:true', 'pollers.started'], 'Enabled'],
    [['mapping.created:false'], 'Disabled'],
    [['mapping.created:true', 'pollers.started', 'mapping.disable', 'pollers.stopped'], 'Disabled'],
    [['mapping.created:true', 'pollers.started', 'mapping.update:true', 'pollers.stopped'], 'Enabling'],
    [['mapping.created:false', 'mapping.update:false', 'pollers.stopped'], 'Disabled'],
    [['mapping.created:true', 'pollers.started', 'mapping.delete', 'pollers.stopped'], 'Deleted'],
  ])('%j ends in %s', (steps, state) => {
    const actor = createActor(mappingLifecycleMachine).start();
    for (const step of steps) {
      const [type, flag] = step.split(':');
      actor.send({ type, enabled: flag === 'true' } as MappingLifecycleEvent);
    }
    expect(actor.getSnapshot().value).toBe(state);
  });
});
