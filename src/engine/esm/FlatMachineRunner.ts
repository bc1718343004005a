import type { AnyStateMachine } from 'xstate';

interface Transition {
  /** `state --event[index]` */
  id: string;
  guard: ((args: { context: unknown; event: { type: string } }) => boolean) | null;
  target: string | null;
  actions: string[];
}

/**
 * Runs a flat (single-level) XState machine config with its own guards, at a fraction of an actor's
 * cost: the engine sends a few events per invocation to every partition, and a 10-million-record run
 * makes hundreds of thousands of them. The config stays the single source of truth; a property test
 * checks that this runner and a real XState actor agree on every event sequence.
 *
 * Supported: one level of states, `on` transitions with named guards, targets and named actions,
 * and `entry` actions. Not supported (and not used by our machines): nesting, `always`, `after`.
 */
export class FlatMachineRunner<E extends { type: string }> {
  state: string;
  /** id of the last transition taken, for coverage tests */
  lastTransition: string | null = null;
  private readonly table = new Map<string, Map<string, Transition[]>>();
  private readonly entry = new Map<string, string[]>();
  /** guards read it; the engine's machines keep it constant */
  context: unknown;

  constructor(machine: AnyStateMachine, context: unknown) {
    this.context = context;
    const guards = (machine.implementations.guards ?? {}) as Record<string, Transition['guard']>;
    for (const [name, node] of Object.entries(machine.root.states)) {
      const byEvent = new Map<string, Transition[]>();
      for (const [eventType, defs] of node.transitions) {
        byEvent.set(
          eventType,
          defs.map((d, i) => ({
            id: `${name} --${eventType}[${i}]`,
            guard:
              typeof d.guard === 'string' ? guards[d.guard]! : ((d.guard as Transition['guard']) ?? null),
            target: d.target?.[0]?.key ?? null,
            actions: d.actions.map((a) =>
              typeof a === 'string' ? a : String((a as { type?: string }).type ?? 'inline'),
            ),
          })),
        );
      }
      this.table.set(name, byEvent);
      this.entry.set(
        name,
        node.entry.map((a) =>
          typeof a === 'string' ? a : String((a as { type?: string }).type ?? 'inline'),
        ),
      );
    }
    this.state = String(machine.root.initial?.target?.[0]?.key ?? machine.config.initial);
  }

  /** Every transition of the config, by id (coverage tests compare against it). */
  transitionIds(): string[] {
    return [...this.table.values()].flatMap((byEvent) =>
      [...byEvent.values()].flatMap((ts) => ts.map((t) => t.id)),
    );
  }

  /** Takes the first enabled transition for `event`; returns the actions it runs (none when ignored). */
  send(event: E): string[] {
    const candidates = this.table.get(this.state)?.get(event.type);
    if (!candidates) return [];
    for (const t of candidates) {
      if (t.guard && !t.guard({ context: this.context, event })) continue;
      this.lastTransition = t.id;
      if (t.target === null || t.target === this.state) return t.actions;
      this.state = t.target;
      return [...t.actions, ...(this.entry.get(t.target) ?? [])];
    }
    return [];
  }
}
