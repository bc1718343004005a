/**
 * Scenario presets: the playground's own default plus every scenario the articles ship in
 * `src/scenarios/presets/` (bundled as text at build time, so a new article scenario appears here
 * without touching this file).
 */
export interface ScenarioPreset {
  id: string;
  label: string;
  text: string;
}

export const defaultScenarioText = `# A scenario file (see the scenario format): traffic, the mapping, the function.
name: Two partitions, batches of five
seed: 1
duration: 30s
topic:
  name: orders
  partitions: 2
produce:
  - partition: 0
    count: 20
    every: 100ms
  - partition: 1
    count: 20
    every: 100ms
mapping:
  StartingPosition: TRIM_HORIZON
  BatchSize: 5
  MaximumBatchingWindowInSeconds: 1
  # Partial batch responses, retries and destinations need provisioned mode (R4).
  ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 2 }
  FunctionResponseTypes: [ReportBatchItemFailures]
function:
  timeout: 3s
`;

/** Mapping B for Compare: the same mapping with bounded retries and an on-failure destination. */
export const defaultMappingB = `StartingPosition: TRIM_HORIZON
BatchSize: 5
MaximumBatchingWindowInSeconds: 1
ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 2 }
FunctionResponseTypes: [ReportBatchItemFailures]
MaximumRetryAttempts: 2
DestinationConfig:
  OnFailure:
    Destination: arn:aws:sqs:us-east-1:123456789012:orders-dlq
`;

const files = import.meta.glob<string>('../../src/scenarios/presets/*.{yaml,yml}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function labelOf(id: string, text: string): string {
  const name = /^name:\s*(.+)$/m
    .exec(text)?.[1]
    ?.trim()
    .replace(/^(['"])(.*)\1$/, '$2');
  return name || id;
}

export const scenarioPresets: readonly ScenarioPreset[] = [
  { id: 'default', label: 'Playground default', text: defaultScenarioText },
  ...Object.entries(files)
    .map(([path, text]) => {
      const id = path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
      return { id, label: labelOf(id, text), text };
    })
    // code-unit order, not localeCompare: the labels are plain English, and the first localeCompare
    // loads the browser's collation data (~45 ms, profiled) while the playground's editor is starting
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)),
];
