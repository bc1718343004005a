import { assign, setup } from 'xstate';

/**
 * The event source mapping's lifecycle, with the states the Lambda API reports (facts §10):
 * Creating → Enabling → Enabled ⇄ Disabling → Disabled, Updating, Deleting → Deleted (R22, R23).
 * The engine starts and stops pollers when a state is entered and reports back with
 * `pollers.started` / `pollers.stopped`; delays (model.startupDelayMs, updateDelayMs) are the
 * engine's timers, not this machine's.
 */
export type MappingLifecycleEvent =
  | { type: 'mapping.created'; enabled: boolean }
  | { type: 'mapping.enable' }
  | { type: 'mapping.disable' }
  | { type: 'mapping.update'; enabled: boolean }
  | { type: 'mapping.delete' }
  | { type: 'pollers.started' }
  | { type: 'pollers.stopped' };

export interface MappingLifecycleContext {
  /** the mapping's Enabled flag after the last create/update */
  enabled: boolean;
}

export const mappingLifecycleMachine = setup({
  types: { context: {} as MappingLifecycleContext, events: {} as MappingLifecycleEvent },
  guards: {
    isEnabled: ({ context }) => context.enabled,
  },
  actions: {
    storeEnabled: assign({
      enabled: ({ context, event }) =>
        event.type === 'mapping.created' || event.type === 'mapping.update' ? event.enabled : context.enabled,
    }),
    markEnabled: assign({ enabled: () => true }),
    markDisabled: assign({ enabled: () => false }),
  },
}).createMachine({
  id: 'mappingLifecycle',
  context: { enabled: true },
  initial: 'Creating',
  states: {
    Creating: {
      on: {
        'mapping.created': [
          { guard: ({ event }) => event.enabled, target: 'Enabling', actions: 'storeEnabled' },
          { target: 'Disabled', actions: 'storeEnabled' },
        ],
        'mapping.delete': 'Deleting',
      },
    },
    Enabling: {
      on: {
        'pollers.started': 'Enabled',
        'mapping.disable': { target: 'Disabling', actions: 'markDisabled' },
        'mapping.delete': 'Deleting',
      },
    },
    Enabled: {
      on: {
        'mapping.disable': { target: 'Disabling', actions: 'markDisabled' },
        'mapping.update': { target: 'Updating', actions: 'storeEnabled' },
        'mapping.delete': 'Deleting',
      },
    },
    Disabling: {
      on: { 'pollers.stopped': 'Disabled', 'mapping.delete': 'Deleting' },
    },
    Disabled: {
      on: {
        'mapping.enable': { target: 'Enabling', actions: 'markEnabled' },
        'mapping.update': { target: 'Updating', actions: 'storeEnabled' },
        'mapping.delete': 'Deleting',
      },
    },
    /** R23: polling stops and restarts; in-flight work may be re-delivered */
    Updating: {
      on: {
        'pollers.stopped': [{ guard: 'isEnabled', target: 'Enabling' }, { target: 'Disabled' }],
        'mapping.delete': 'Deleting',
      },
    },
    Deleting: {
      on: { 'pollers.stopped': 'Deleted' },
    },
    Deleted: { type: 'final' },
  },
});
