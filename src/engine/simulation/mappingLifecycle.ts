import { createActor } from 'xstate';
import { mappingLifecycleMachine } from '../esm/mappingLifecycleMachine.ts';
import { RecordFilter } from '../filter/RecordFilter.ts';
import type { KafkaMapping } from '../mapping/KafkaMapping.ts';
import type { ScenarioAction } from '../scenario/Scenario.ts';
import type { MappingState, RuleId } from '../trace.ts';
import type { Simulation } from './Simulation.ts';
import { leaveGroup } from './consumerGroups.ts';
import { startPolling, stopPolling } from './polling.ts';

/**
 * CreateEventSourceMapping: a new lifecycle actor, a UUID drawn from the seed that names the group
 * unless ConsumerGroupId is set (R1), and `mapping.created` after the modelled startup delay.
 */
export function createMapping(sim: Simulation, mapping: KafkaMapping): void {
  useMapping(sim, mapping);
  sim.mappingUuid = sim.rng.uuid();
  sim.groupId = mapping.consumerGroupId ?? sim.mappingUuid;
  sim.lastMappingState = null;
  const actor = createActor(mappingLifecycleMachine).start();
  sim.lifecycle = actor;
  onLifecycle(sim, 'Creating');
  actor.subscribe((snapshot) => onLifecycle(sim, snapshot.value as MappingState));
  sim.enabledOnCreate = mapping.enabled;
  sim.clock.schedule(sim.now + sim.model.startupDelayMs, () =>
    actor.send({ type: 'mapping.created', enabled: sim.enabledOnCreate }),
  );
}

/** The engine's side of each lifecycle state (R22, R23): start or stop pollers, leave the group. */
function onLifecycle(sim: Simulation, state: MappingState): void {
  if (state === sim.lastMappingState) return;
  const from = sim.lastMappingState;
  sim.lastMappingState = state;
  sim.lifecycleState = state;
  sim.emit({
    type: 'mapping.state',
    rule: lifecycleRule(from, state),
    from,
    to: state,
    reason: lifecycleReason(from, state),
  });
  const actor = sim.lifecycle!;
  switch (state) {
    case 'Enabling': {
      // create and update restarts are immediate here (create's delay ran in Creating); enable waits
      const delay = from === 'Disabled' ? sim.model.startupDelayMs : 0;
      sim.clock.schedule(sim.now + delay, () => {
        if (actor !== sim.lifecycle || sim.lifecycleState !== 'Enabling') return;
        startPolling(sim);
        actor.send({ type: 'pollers.started' });
      });
      break;
    }
    case 'Disabling':
    case 'Deleting':
      stopPolling(sim, () => actor.send({ type: 'pollers.stopped' }));
      break;
    case 'Updating': {
      const resumeAt = sim.now + sim.model.updateDelayMs;
      stopPolling(sim, () =>
        sim.clock.schedule(Math.max(sim.now, resumeAt), () => actor.send({ type: 'pollers.stopped' })),
      );
      break;
    }
    case 'Disabled':
    case 'Deleted':
      leaveGroup(sim, sim.group(sim.groupId));
      break;
    default:
      break;
  }
}

/** An operator action from the scenario's timeline (spec §3 `actions`). */
export function performAction(sim: Simulation, action: ScenarioAction): void {
  const detail = action.mapping ? { mapping: action.mapping } : undefined;
  sim.emit({ type: 'action', rule: actionRule(action.do), do: action.do, ...(detail ? { detail } : {}) });
  const actor = sim.lifecycle;
  const state = sim.lifecycleState;
  if (action.do === 'create') {
    if (state !== 'Deleted' && state !== null) {
      sim.warn(`create at ${action.atMs} ms ignored: the mapping still exists (state ${state})`, 'R5');
      return;
    }
    createMapping(sim, action.mappingAfter ?? sim.mapping);
    return;
  }
  if (!actor || state === 'Deleted' || state === 'Deleting') {
    sim.warn(`${action.do} at ${action.atMs} ms ignored: the mapping is ${state ?? 'not created'}`, 'R22');
    return;
  }
  if (state === 'Creating' && (action.do === 'disable' || action.do === 'enable')) {
    // still Creating (same instant, or a startup delay): the mapping comes up in the requested state
    sim.enabledOnCreate = action.do === 'enable';
    return;
  }
  switch (action.do) {
    case 'disable':
      actor.send({ type: 'mapping.disable' });
      break;
    case 'enable':
      actor.send({ type: 'mapping.enable' });
      break;
    case 'delete':
      actor.send({ type: 'mapping.delete' });
      break;
    case 'update': {
      if (action.mappingAfter) useMapping(sim, action.mappingAfter);
      // Enabled only changes when the update names it; a `disable` action stays in force otherwise
      const enabled =
        action.mapping && 'Enabled' in action.mapping ? sim.mapping.enabled : state === 'Enabled';
      if (state === 'Enabled' || state === 'Disabled') actor.send({ type: 'mapping.update', enabled });
      break;
    }
  }
  if (sim.lifecycleState === state && action.do !== 'update')
    sim.warn(`${action.do} at ${action.atMs} ms had no effect in state ${state}`, 'R22');
}

function useMapping(sim: Simulation, mapping: KafkaMapping): void {
  sim.mapping = mapping;
  sim.filter = new RecordFilter(mapping.filterPatterns);
}

function lifecycleRule(from: MappingState | null, state: MappingState): RuleId {
  return state === 'Updating' || from === 'Updating' ? 'R23' : state === 'Creating' ? 'R1' : 'R22';
}

function lifecycleReason(from: MappingState | null, to: MappingState): string {
  if (from === null) return 'CreateEventSourceMapping';
  if (to === 'Enabled') return 'pollers started';
  if (to === 'Disabled') return from === 'Creating' ? 'created with Enabled: false' : 'polling stopped';
  if (to === 'Deleted') return 'polling stopped, mapping removed';
  return `${from} → ${to}`;
}

function actionRule(kind: ScenarioAction['do']): RuleId {
  return kind === 'update' ? 'R23' : kind === 'create' ? 'R5' : 'R22';
}
