import type { Actor } from 'xstate';
import { VirtualClock, type Timer } from '../clock/VirtualClock.ts';
import { SeededRng } from '../rng/SeededRng.ts';
import { PartitionLog } from '../kafka/PartitionLog.ts';
import { mergeProduceSteps } from '../kafka/mergeProduceSteps.ts';
import { newConsumerGroup, type ConsumerGroup } from '../kafka/ConsumerGroup.ts';
import { RecordFilter } from '../filter/RecordFilter.ts';
import { ScriptedOutcomes } from '../outcomes/ScriptedOutcomes.ts';
import type { mappingLifecycleMachine } from '../esm/mappingLifecycleMachine.ts';
import { partitionFlowMachine, type PartitionFlowEvent } from '../esm/partitionFlowMachine.ts';
import { FlatMachineRunner } from '../esm/FlatMachineRunner.ts';
import type { KafkaMapping } from '../mapping/KafkaMapping.ts';
import type { Scenario } from '../scenario/Scenario.ts';
import type { HandlerAnswer, HandlerRequest } from '../handlerPort.ts';
import type { DiscardReason, MappingState, OffsetRange, RuleId, TraceEvent } from '../trace.ts';
import { resolveModel, type ModelChoices } from './modelChoices.ts';
import { countRecords } from './offsetRanges.ts';
import type { BatchRun } from './Work.ts';
import type { Poller } from './Poller.ts';
import { seedExistingGroup } from './consumerGroups.ts';
import { scheduleLogEvents } from './scheduleLogEvents.ts';
import { createMapping, performAction } from './mappingLifecycle.ts';

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
 * The simulator's state: logs, consumer groups, the mapping's machines, pollers and batches, all
 * driven by one virtual clock. The protocol steps are functions of this state, one concern per file:
 * `mappingLifecycle.ts` (R22, R23), `polling.ts` (R6, R19), `pollBatch.ts` (R8–R11),
 * `settleInvocation.ts` (R12–R17), `scalePollers.ts` (R19, R20), `consumerGroups.ts` (R7).
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
  /** set while polling stops: runs once the last batch is done (polling.ts) */
  onDrained: (() => void) | null = null;
  lastMappingState: MappingState | null = null;
  /** Enabled as the mapping leaves Creating; a disable/enable while Creating changes it */
  enabledOnCreate = true;

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
    scheduleLogEvents(this);
    seedExistingGroup(this);
    this.clock.schedule(0, () => createMapping(this, this.mapping));
    for (const action of this.scenario.actions)
      this.clock.schedule(action.atMs, () => performAction(this, action));
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

  /**
   * R12: the group's committed offset becomes `offset` (the next offset to read). Commits normally move
   * forward; after an invalid offset was reset (R6, Q5) the new one may be lower, as in Kafka.
   */
  commit(partition: number, offset: number, rule: RuleId): void {
    const g = this.group(this.groupId);
    const prev = g.offsets.get(partition);
    if (prev === offset) return;
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
