/**
 * The mapping formats the playground imports and exports. Every import yields a raw
 * CreateEventSourceMapping request (PascalCase API members) that `validateMapping` then checks, so
 * a template's invalid members survive import and are reported like any other mistake.
 */
export type MappingFormat =
  | 'cloudformation-yaml'
  | 'cloudformation-json'
  | 'sam-yaml'
  | 'sam-json'
  | 'aws-cli-create'
  | 'aws-cli-get'
  | 'terraform';

/** `get-event-source-mapping` output is read, never written: its read-only fields cannot be made up. */
export type ExportFormat = Exclude<MappingFormat, 'aws-cli-get'>;

export const MAPPING_FORMATS: readonly { id: MappingFormat; label: string; exportable: boolean }[] = [
  { id: 'cloudformation-yaml', label: 'CloudFormation (YAML)', exportable: true },
  { id: 'cloudformation-json', label: 'CloudFormation (JSON)', exportable: true },
  { id: 'sam-yaml', label: 'AWS SAM (YAML)', exportable: true },
  { id: 'sam-json', label: 'AWS SAM (JSON)', exportable: true },
  { id: 'aws-cli-create', label: 'AWS CLI create-event-source-mapping --cli-input-json', exportable: true },
  { id: 'aws-cli-get', label: 'AWS CLI get-event-source-mapping output', exportable: false },
  { id: 'terraform', label: 'Terraform aws_lambda_event_source_mapping', exportable: true },
];

/** A problem that stops (part of) an import; `line` is 1-based in the imported text. */
export interface ImportProblem {
  message: string;
  line?: number;
}

/**
 * A value the template computes (`!Ref MyFunction`, `aws_msk_cluster.main.arn`) cannot be known
 * here. The request holds a stand-in that validates; export writes the original back while the
 * request still holds that stand-in.
 */
export interface Reference {
  /** request path, e.g. `FunctionName`, `DestinationConfig.OnFailure.Destination`, `Topics[0]` */
  path: string;
  standIn: unknown;
  /** the CloudFormation intrinsic in its long JSON form, e.g. `{ "Ref": "MyFunction" }` */
  cloudFormation?: unknown;
  /** the Terraform expression as written, e.g. `aws_lambda_function.consumer.arn` */
  terraform?: string;
  /** how the reference reads in the source, for notes */
  display: string;
  /** the template parameters, variables and locals it reads, so an export can declare them again */
  definitions?: ReferenceDefinition[];
}

/** A CloudFormation parameter (its whole definition), or a Terraform variable default or local value. */
export interface ReferenceDefinition {
  kind: 'cloudformation-parameter' | 'terraform-variable' | 'terraform-local';
  name: string;
  value: unknown;
}

export interface ImportResult {
  /** raw CreateEventSourceMapping members; null when nothing could be read */
  request: Record<string, unknown> | null;
  format: MappingFormat | null;
  /** what the import changed or left out, in plain words */
  notes: string[];
  errors: ImportProblem[];
  references: Reference[];
  /** request path → 1-based line in the imported text, where known */
  lines: Record<string, number>;
}
