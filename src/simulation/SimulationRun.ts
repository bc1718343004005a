/**
 * What the view needs from one engine run: the loaded scenario and mapping (for names, limits and
 * knobs), the trace (the only source of behaviour), and the run's modelling choices. The engine's
 * own `SimulationRun` (simulate / simulateSync) fits this shape, so the playground passes its run as is.
 */
import type { TraceEvent } from '../engine/trace.ts';
import type { Scenario } from '../engine/scenario/Scenario.ts';
import type { KafkaMapping } from '../engine/mapping/KafkaMapping.ts';

export interface SimulationRun {
  scenario: Scenario;
  mapping: KafkaMapping;
  trace: readonly TraceEvent[];
  /** the result's `model` object: one named choice per open question the run depends on */
  model: Readonly<Record<string, unknown>>;
  warnings: readonly string[];
  /** the consumer group the engine used (the mapping UUID unless ConsumerGroupId is set, R1) */
  consumerGroupId?: string;
}
