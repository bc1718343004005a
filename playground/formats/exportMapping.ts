/**
 * One entry point for every export. References remembered at import (`!Ref MyFunction`,
 * `aws_msk_cluster.main.arn`) are written back where the request still holds their stand-in.
 * With `topicName`, members a scenario may leave out (FunctionName, EventSourceArn, Topics) are
 * filled in the way the engine fills them, so the export deploys as the simulation ran.
 */
import type { ExportFormat, Reference } from './MappingFormat.ts';
import { exportCloudFormation } from './cloudFormation.ts';
import { exportSam } from './sam.ts';
import { exportCliCreate } from './awsCli.ts';
import { exportTerraform } from './writeTerraform.ts';
import { DEFAULT_CLUSTER_ARN, DEFAULT_FUNCTION_NAME } from '../../src/engine/mapping/buildKafkaMapping.ts';

export interface ExportOptions {
  references?: readonly Reference[];
  /** the scenario topic: fill in the members a scenario may leave out (scenario spec §3) */
  topicName?: string;
}

export function exportMapping(
  request: Record<string, unknown>,
  format: ExportFormat,
  options: ExportOptions = {},
): string {
  const references = options.references ?? [];
  const complete = options.topicName === undefined ? request : withResourceNames(request, options.topicName);
  switch (format) {
    case 'cloudformation-yaml':
      return exportCloudFormation(complete, references, 'yaml');
    case 'cloudformation-json':
      return exportCloudFormation(complete, references, 'json');
    case 'sam-yaml':
      return exportSam(complete, references, 'yaml');
    case 'sam-json':
      return exportSam(complete, references, 'json');
    case 'aws-cli-create':
      return exportCliCreate(complete);
    case 'terraform':
      return exportTerraform(complete, references);
  }
}

function withResourceNames(request: Record<string, unknown>, topicName: string): Record<string, unknown> {
  const selfManaged = 'SelfManagedEventSource' in request;
  return {
    FunctionName: DEFAULT_FUNCTION_NAME,
    ...(selfManaged ? {} : { EventSourceArn: DEFAULT_CLUSTER_ARN }),
    Topics: [topicName],
    ...request,
  };
}
