import { createActor, type Actor } from 'xstate';
import { VirtualClock, type Timer } from '../clock/VirtualClock.ts';
import { SeededRng } from '../rng/SeededRng.ts';
import { PartitionLog } from '../kafka/PartitionLog.ts';
import { mergeProduceSteps } from '../kafka/mergeProduceSteps.ts';
import { newConsumerGroup, type ConsumerGroup } from '../kafka/ConsumerGroup.ts';
import { RecordFilter } from '../filter/RecordFilter.ts';
import { ScriptedOutcomes } from '../outcomes/ScriptedOutcomes.ts';
import { mappingLifecycleMachine } from '../esm/mappingLifecycleMachine.ts';
import { partitionFlowMachine, type PartitionFlowEvent } from '../esm/partitionFlowMachine.ts';
import { FlatMachineRunner } from '../esm/FlatMachineRunner.ts';
import type { KafkaMapping } from '../mapping/KafkaMapping.ts';
import type { Scenario, ScenarioAction } from '../scenario/Scenario.ts';
import type { HandlerAnswer, HandlerRequest } from '../handlerPort.ts';
import type { DiscardReason, MappingState, OffsetRange, RuleId, TraceEvent } from '../trace.ts';
import { resolveModel, type ModelChoices } from './modelChoices.ts';
import { resolveStartPosition } from './resolveStartPosition.ts';
import { countRecords } from './offsetRanges.ts';
import type { BatchRun } from './Work.ts';
import { assignPartitions, type Poller } from './Poller.ts';
import { wakePoller } from './pollBatch.ts';
import { pollerBounds, scheduleScaling } from './scalePollers.ts';

/** A handler call the engine is waiting for; virtual time stands still until `resume` is called. */
export interface PendingInvocation {
  request: () => HandlerRequest;
  resume: (answer: HandlerAnswer) => void;
}

/**
 * `full` keeps every trace event; `summary` drops the per-batch ones (batches, invocations, commits,
 * discards, filters, retries) for long headless runs, whose result needs only `final` and `counts`.
 */
export type TraceDetail = 'full' | 'summary';

export interface RunCounts {
  invocations: number;
  deliveredRecords: number;
  commits: number;
  discarded: number;
}

const PER_BATCH_EVENTS = new Set<string>([
  'batch.formed',
  'invocation.started',
  'invocation.ended',
  'offsets.committed',
  'records.discarded',
  'records.filtered',
  'retry.scheduled',
  'batch.bisected',
]);

type TraceInput = TraceEvent extends infer E ? (E extends TraceEvent ? Omit<E, 't'> : never) : never;

/**
 * The simulator's state and its lifecycle: logs, consumer groups, the mapping's machines, pollers and
 * batches, all driven by one virtual clock. Batching lives in `pollBatch.ts`, invocation outcomes in
 * `settleInvocation.ts`; both are functions of this state.
 */
export class Simulation {
  readonly scenario: Scenario;
  readonly clock = new VirtualClock();
  readonly rng: SeededRng;
  readonly trace: TraceEvent[] = [];
  readonly warnings: string[] = [];
  readonly logs: PartitionLog[];
  readonly model: ModelChoices;
  readonly outcomes: ScriptedOutcomes;
  readonly groups = new Map<string, ConsumerGroup>();
  readonly pending: PendingInvocation[] = [];
  readonly hasHandler: boolean;
  readonly detail: TraceDetail;
  readonly counts: RunCounts = { invocations: 0, deliveredRecords: 0, commits: 0, discarded: 0 };
  private readonly startedRecords = new Map<number, number>();

  mapping: KafkaMapping;
  filter: RecordFilter;
  mappingUuid = '';
  groupId = '';
  lifecycle: Actor<typeof mappingLifecycleMachine> | null = null;
  lifecycleState: MappingState | null = null;
  readonly flows: FlatMachineRunner<PartitionFlowEvent>[];
  /** next offset each partition's poller fetches */
  readonly positions: number[];
  readonly blocked: boolean[];
  /** bumped whenever a partition is blocked, released or repositioned: open windows must be recomputed */
  partitionsVersion = 0;
  pollers: Poller[] = [];
  polling = false;
  scalingTimer: Timer | null = null;
  readonly batches = new Map<number, BatchRun>();
  nextBatch = 1;
  nextInvocation = 1;
  private onDrained: (() => void) | null = null;
  private lastMappingState: MappingState | null = null;

  constructor(
    scenario: Scenario,
    mapping: KafkaMapping,
    opts: { hasHandler: boolean; detail?: TraceDetail },
  ) {
    this.scenario = scenario;
    this.mapping = mapping;
    this.hasHandler = opts.hasHandler;
    this.detail = opts.detail ?? 'full';
    this.rng = new SeededRng(scenario.seed);
    this.model = resolveModel(scenario.model);
    this.filter = new RecordFilter(mapping.filterPatterns);
    this.outcomes = new ScriptedOutcomes(scenario.function.outcomes);
    this.logs = buildLogs(scenario);
    const n = scenario.topic.partitions;
    this.positions = new Array<number>(n).fill(0);
    this.blocked = new Array<boolean>(n).fill(false);
    this.flows = Array.from(
      { length: n },
      (_, partition) => new FlatMachineRunner<PartitionFlowEvent>(partitionFlowMachine, { partition }),
    );
  }

  get now(): number {
    return this.clock.now;
  }

  emit(event: TraceInput): void {
    // the literal is fresh at every call site, so stamping it avoids a copy per event
    (event as { t?: number }).t = this.clock.now;
    this.count(event as TraceEvent);
    if (this.detail === 'full' || !PER_BATCH_EVENTS.has(event.type)) this.trace.push(event as TraceEvent);
  }

  /** Result counts (spec §4) kept as the run goes, so a summary run needs no per-batch trace. */
  private count(e: TraceEvent): void {
    switch (e.type) {
      case 'invocation.started':
        this.startedRecords.set(e.invocation, countRecords(e.ranges));
        break;
      case 'invocation.ended':
        this.counts.invocations++;
        this.counts.deliveredRecords += this.startedRecords.get(e.invocation) ?? 0;
        this.startedRecords.delete(e.invocation);
        break;
      case 'offsets.committed':
        this.counts.commits++;
        break;
      case 'records.discarded':
        this.counts.discarded += countRecords(e.ranges);
        break;
      default:
        break;
    }
  }

  warn(message: string, rule: RuleId): void {
    this.warnings.push(message);
    this.emit({ type: 'warning', rule, message });
  }

  /** Schedules everything the scenario file fixes in advance: produce, retention, the mapping, actions. */
  start(): void {
    const end = this.scenario.durationMs;
    for (const log of this.logs) {
      for (const s of log.segments) {
        if (s.atMs > end) break;
        this.clock.schedule(s.atMs, () =>
          this.emit({
            type: 'records.produced',
            rule: 'spec',
            partition: log.partition,
            from: s.from,
            to: s.from + s.count - 1,
            every: s.everyMs,
            size: s.sizeBytes,
          }),
        );
      }
    }
    this.scheduleRetention();
    this.seedExistingGroup();
    this.clock.schedule(0, () => this.createMapping(this.mapping));
    for (const action of this.scenario.actions) this.clock.schedule(action.atMs, () => this.perform(action));
  }

  /** Runs timers until the end of the scenario, or until a handler answer is needed. */
  runUntilBlocked(): 'done' | 'waiting' {
    while (this.pending.length === 0) {
      if (!this.clock.runNext(this.scenario.durationMs)) return 'done';
    }
    return 'waiting';
  }

  finish(): void {
    this.clock.now = Math.max(this.clock.now, this.scenario.durationMs);
    this.emit({ type: 'run.ended', rule: 'spec' });
  }

  // ── consumer groups (R7) ────────────────────────────────────────────────────────────────────────

  group(id: string): ConsumerGroup {
    let g = this.groups.get(id);
    if (!g) this.groups.set(id, (g = newConsumerGroup(id)));
    return g;
  }

  committed(partition: number): number | undefined {
    return this.group(this.groupId).offsets.get(partition);
  }

  /** R12: the group's committed offset moves forward to `offset` (the next offset to read). */
  commit(partition: number, offset: number, rule: RuleId): void {
    const g = this.group(this.groupId);
    const prev = g.offsets.get(partition);
    if (prev !== undefined && offset <= prev) return;
    g.offsets.set(partition, offset);
    g.inherited.delete(partition);
    this.emit({ type: 'offsets.committed', rule, partition, from: prev ?? null, offset });
    this.flows[partition]!.send({ type: 'offsets.committed' });
  }

  discard(ranges: OffsetRange[], reason: DiscardReason): void {
    if (ranges.length === 0) return;
    const rule: RuleId =
      reason === 'RecordAgeExceeded' ? 'R15' : reason === 'MaximumPayloadSizeExceeded' ? 'R11' : 'R14';
    this.emit({
      type: 'records.discarded',
      rule,
      ranges,
      reason,
      destination: this.mapping.onFailureDestination,
    });
  }

  private seedExistingGroup(): void {
    const existing = this.scenario.consumerGroup;
    if (!existing) return;
    const g = this.group(existing.id);
    for (const [p, offset] of Object.entries(existing.offsets)) {
      g.offsets.set(Number(p), offset);
      g.inherited.add(Number(p));
    }
    // spec §3: a file's consumerGroup became empty at t = 0, so its offsets-retention clock runs from 0
    this.clock.schedule(0, () => this.leaveGroup(g));
  }

  private joinGroup(g: ConsumerGroup): void {
    if (g.members > 0) return;
    g.members = 1;
    g.emptySince = null;
    this.clock.cancel(g.expiry);
    g.expiry = null;
    this.emit({ type: 'group.membership', rule: 'R7', group: g.id, empty: false });
  }

  private leaveGroup(g: ConsumerGroup): void {
    if (g.members === 0 && g.emptySince !== null) return;
    g.members = 0;
    g.emptySince = this.now;
    this.emit({ type: 'group.membership', rule: 'R7', group: g.id, empty: true });
    g.expiry = this.clock.schedule(this.now + this.scenario.topic.offsetsRetentionMs, () => {
      g.expiry = null;
      if (g.members > 0 || g.offsets.size === 0) return;
      const partitions = [...g.offsets.keys()].sort((a, b) => a - b);
      g.offsets.clear();
      g.inherited.clear();
      this.emit({ type: 'offsets.expired', rule: 'R7', group: g.id, partitions });
    });
  }

  /** Log retention events: one when each produce segment has been fully deleted (R7, facts §4). */
  private scheduleRetention(): void {
    const retention = this.scenario.topic.retentionMs;
    if (retention === null) return;
    for (const log of this.logs) {
      for (const s of log.segments) {
        const gone = s.atMs + (s.count - 1) * s.everyMs + retention;
        if (gone > this.scenario.durationMs) break;
        this.clock.schedule(gone, () =>
          this.emit({
            type: 'log.truncated',
            rule: 'R7',
            partition: log.partition,
            logStart: log.startAt(this.now),
          }),
        );
      }
    }
  }

  // ── lifecycle (R22, R23) ────────────────────────────────────────────────────────────────────────

  private createMapping(mapping: KafkaMapping): void {
    this.mapping = mapping;
    this.filter = new RecordFilter(mapping.filterPatterns);
    // R1: the mapping UUID is drawn from the seed; without a custom ConsumerGroupId it names the group
    this.mappingUuid = this.rng.uuid();
    this.groupId = mapping.consumerGroupId ?? this.mappingUuid;
    this.lastMappingState = null;
    const actor = createActor(mappingLifecycleMachine).start();
    this.lifecycle = actor;
    this.onLifecycle('Creating');
    actor.subscribe((snapshot) => this.onLifecycle(snapshot.value as MappingState));
    this.clock.schedule(this.now + this.model.startupDelayMs, () =>
      actor.send({ type: 'mapping.created', enabled: mapping.enabled }),
    );
  }

  private onLifecycle(state: MappingState): void {
    if (state === this.lastMappingState) return;
    const from = this.lastMappingState;
    this.lastMappingState = state;
    this.lifecycleState = state;
    this.emit({
      type: 'mapping.state',
      rule: lifecycleRule(from, state),
      from,
      to: state,
      reason: lifecycleReason(from, state),
    });
    const actor = this.lifecycle!;
    switch (state) {
      case 'Enabling': {
        const delay = from === 'Updating' ? 0 : from === 'Creating' ? 0 : this.model.startupDelayMs;
        this.clock.schedule(this.now + delay, () => {
          if (actor !== this.lifecycle || this.lifecycleState !== 'Enabling') return;
          this.startPolling();
          actor.send({ type: 'pollers.started' });
        });
        break;
      }
      case 'Disabling':
      case 'Deleting':
        this.stopPolling(() => actor.send({ type: 'pollers.stopped' }));
        break;
      case 'Updating': {
        const resumeAt = this.now + this.model.updateDelayMs;
        this.stopPolling(() =>
          this.clock.schedule(Math.max(this.now, resumeAt), () => actor.send({ type: 'pollers.stopped' })),
        );
        break;
      }
      case 'Disabled':
      case 'Deleted':
        this.leaveGroup(this.group(this.groupId));
        break;
      default:
        break;
    }
  }

  private perform(action: ScenarioAction): void {
    const detail = action.mapping ? { mapping: action.mapping } : undefined;
    this.emit({ type: 'action', rule: actionRule(action.do), do: action.do, ...(detail ? { detail } : {}) });
    const actor = this.lifecycle;
    const state = this.lifecycleState;
    if (action.do === 'create') {
      if (state !== 'Deleted' && state !== null) {
        this.warn(`create at ${action.atMs} ms ignored: the mapping still exists (state ${state})`, 'R5');
        return;
      }
      this.createMapping(action.mappingAfter ?? this.mapping);
      return;
    }
    if (!actor || state === 'Deleted' || state === 'Deleting') {
      this.warn(`${action.do} at ${action.atMs} ms ignored: the mapping is ${state ?? 'not created'}`, 'R22');
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
        const next = action.mappingAfter;
        if (next) {
          this.mapping = next;
          this.filter = new RecordFilter(next.filterPatterns);
        }
        // Enabled only changes when the update names it; a `disable` action stays in force otherwise
        const enabled =
          action.mapping && 'Enabled' in action.mapping ? this.mapping.enabled : state === 'Enabled';
        if (state === 'Enabled' || state === 'Disabled') actor.send({ type: 'mapping.update', enabled });
        break;
      }
    }
    if (this.lifecycleState === state && action.do !== 'update')
      this.warn(`${action.do} at ${action.atMs} ms had no effect in state ${state}`, 'R22');
  }

  // ── pollers (R19, R20) ──────────────────────────────────────────────────────────────────────────

  /** R19: on-demand starts with one poller; R20: provisioned starts with MinimumPollers (≤ partitions). */
  private pollerCount(): number {
    return pollerBounds(this).min;
  }

  private startPolling(): void {
    this.joinGroup(this.group(this.groupId));
    this.polling = true;
    this.pollers = assignPartitions(this.scenario.topic.partitions, this.pollerCount());
    this.emit({
      type: 'pollers.assigned',
      rule: this.mapping.provisioned ? 'R20' : 'R19',
      pollers: this.pollers.map((p) => [...p.partitions]),
      rebalance: false,
    });
    for (const poller of this.pollers) {
      for (const p of poller.partitions) {
        this.flows[p]!.send({ type: 'partition.assigned', poller: poller.id });
        this.resolvePosition(p);
      }
    }
    for (const poller of this.pollers) wakePoller(this, poller);
    scheduleScaling(this);
  }

  /** R6: where partition p starts reading, traced with its reason. */
  resolvePosition(p: number): void {
    const g = this.group(this.groupId);
    const committed = g.offsets.get(p);
    const r = resolveStartPosition(
      this.logs[p]!,
      this.mapping,
      committed,
      this.now,
      this.scenario.startEpochMs,
      this.model,
    );
    this.positions[p] = r.offset;
    this.partitionsVersion++;
    this.emit({
      type: 'position.resolved',
      rule: r.source === 'LOG_START' ? 'Q5' : 'R6',
      partition: p,
      ...r,
    });
    if (r.source === 'committed' && g.inherited.has(p)) {
      this.warn(
        `StartingPosition ignored: consumer group ${g.id} has a committed offset for partition ${p}`,
        'R6',
      );
      g.inherited.delete(p);
    }
    this.flows[p]!.send({ type: 'position.resolved', offset: r.offset });
  }

  /** Stops forming batches; in-flight invocations finish (Q12), then `drained` runs. */
  private stopPolling(drained: () => void): void {
    this.polling = false;
    this.clock.cancel(this.scalingTimer);
    this.scalingTimer = null;
    for (const poller of this.pollers) {
      this.clock.cancel(poller.wake);
      this.clock.cancel(poller.close);
      poller.wake = null;
      poller.close = null;
      poller.gatheringSince = null;
    }
    for (const run of this.batches.values()) run.abandoning = true;
    this.onDrained = () => {
      for (const poller of this.pollers)
        for (const p of poller.partitions) this.flows[p]!.send({ type: 'partition.revoked' });
      this.pollers = [];
      drained();
    };
    this.checkDrained();
  }

  checkDrained(): void {
    if (this.onDrained && this.batches.size === 0) {
      const done = this.onDrained;
      this.onDrained = null;
      done();
    }
  }

  setBlocked(p: number, blocked: boolean): void {
    this.blocked[p] = blocked;
    this.partitionsVersion++;
  }

  pollerOf(p: number): Poller | undefined {
    return this.pollers.find((x) => x.partitions.includes(p));
  }

  scheduleAt(at: number, run: () => void): Timer {
    return this.clock.schedule(at, run);
  }
}

function buildLogs(scenario: Scenario): PartitionLog[] {
  return Array.from({ length: scenario.topic.partitions }, (_, p) => {
    const indices: number[] = [];
    const steps = scenario.produce.filter((s, i) => s.partition === p && indices.push(i) > 0);
    return new PartitionLog(p, mergeProduceSteps(steps, indices), scenario.topic.retentionMs);
  });
}

function lifecycleRule(from: MappingState | null, state: MappingState): RuleId {
  return state === 'Updating' || from === 'Updating' ? 'R23' : state === 'Creating' ? 'R1' : 'R22';
}

function lifecycleReason(from: MappingState | null, to: MappingState): string {
  if (from === null) return 'CreateEventSourceMapping at t = 0';
  if (to === 'Enabled') return 'pollers started';
  if (to === 'Disabled') return from === 'Creating' ? 'created with Enabled: false' : 'polling stopped';
  if (to === 'Deleted') return 'polling stopped, mapping removed';
  return `${from} → ${to}`;
}

function actionRule(kind: ScenarioAction['do']): RuleId {
  return kind === 'update' ? 'R23' : kind === 'create' ? 'R5' : 'R22';
}
