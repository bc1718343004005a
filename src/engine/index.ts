/**
 * The one import path for everything outside the engine (views, playground, CLI, scripts).
 */
export * from './trace.ts';
export type {
  Scenario,
  LoadedScenario,
  ProduceStep,
  OutcomeRule,
  ScriptedResult,
  ScenarioAction,
  ActionKind,
  ModelOptions,
  Expectations,
} from './scenario/Scenario.ts';
export type { KafkaMapping, MappingError, StartingPosition } from './mapping/KafkaMapping.ts';
export type { HandlerRequest, HandlerAnswer, HandlerPort } from './handlerPort.ts';
export type { KafkaEvent, KafkaEventRecord } from './event/KafkaEvent.ts';
export { buildKafkaEvent, type KafkaEventSource } from './event/buildKafkaEvent.ts';
export { simulate, simulateSync, type SimulationRun, type SimulateOptions } from './simulate.ts';
export type { TraceDetail, RunCounts } from './simulation/Simulation.ts';
export { describeModel, resolveModel, type ModelChoices } from './simulation/modelChoices.ts';
export { toResultDocument, ENGINE_VERSION } from './result/toResultDocument.ts';
export type {
  ResultDocument,
  InvocationEntry,
  CommitEntry,
  DiscardEntry,
  FinalState,
  RecordRef,
} from './result/ResultDocument.ts';
export { mappingLifecycleMachine } from './esm/mappingLifecycleMachine.ts';
export { partitionFlowMachine } from './esm/partitionFlowMachine.ts';
export { matchesPattern } from './filter/matchesPattern.ts';
export { VirtualClock } from './clock/VirtualClock.ts';
export { SeededRng } from './rng/SeededRng.ts';
export { loadScenario } from './scenario/loadScenario.ts';
export { checkExpectations } from './scenario/checkExpectations.ts';
export { validateMapping, applyUpdate } from './mapping/validateMapping.ts';
export { MAPPING_RULES } from './mapping/mappingRules.ts';
