/**
 * What each import yields: the format it recognised, the raw request, the notes that say what changed
 * on the way, and how validation then judges the request.
 */
import { describe, expect, it } from 'vitest';
import { importMapping } from './importMapping.ts';
import { detectFormat } from './detectFormat.ts';
import { fixture, validationErrors } from './testFixtures.ts';

describe('detectFormat', () => {
  it.each([
    ['seed-blog.cfn.yaml', 'cloudformation-yaml'],
    ['msk-provisioned.cfn.yaml', 'cloudformation-yaml'],
    ['msk.cfn.json', 'cloudformation-json'],
    ['self-managed.sam.yaml', 'sam-yaml'],
    ['msk.sam.json', 'sam-json'],
    ['create.cli.json', 'aws-cli-create'],
    ['get.cli.json', 'aws-cli-get'],
    ['msk.tf', 'terraform'],
    ['self-managed.tf', 'terraform'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it.each([
    ['empty text', ''],
    ['prose', 'Whenever lambda finishes with status code 200, the offset is committed.'],
    ['unrelated JSON', '{"name": "offset-lab", "version": "1.0.0"}'],
    ['unrelated YAML', 'name: orders\npartitions: 3'],
  ])('%s is not a mapping format', (_name, text) => {
    expect(detectFormat(text)).toBeNull();
  });

  it('a list-event-source-mappings output is describe output', () => {
    expect(detectFormat('{"EventSourceMappings": []}')).toBe('aws-cli-get');
  });

  it('a plain YAML request is AWS CLI input (--cli-input-yaml)', () => {
    expect(detectFormat('StartingPosition: LATEST\nBatchSize: 10\n')).toBe('aws-cli-create');
  });
});

describe('the seed blog’s CloudFormation snippet', () => {
  const result = importMapping(fixture('seed-blog.cfn.yaml'));

  it('keeps its invalid members so validation can flag them', () => {
    expect(result.request).toMatchObject({
      ParallelizationFactor: 1,
      KafkaConfiguration: { AutoOffsetReset: 'earliest' },
    });
    expect(validationErrors(result.request ?? {})).toMatchInlineSnapshot(`
      [
        "mapping.ParallelizationFactor: Unsupported 'parallelizationFactor' parameter for given event source mapping type.",
        "mapping.KafkaConfiguration: extraneous key [KafkaConfiguration] is not permitted — there is no Kafka consumer configuration member; StartingPosition decides where a consumer group without a valid committed offset begins",
        "mapping.MaximumRetryAttempts: 'MaximumRetryAttempts' requires provisioned mode: add ProvisionedPollerConfig with MinimumPollers and MaximumPollers (Offset Lab model: AWS does not document this error)",
        "mapping.MaximumRecordAgeInSeconds: 'MaximumRecordAgeInSeconds' requires provisioned mode: add ProvisionedPollerConfig with MinimumPollers and MaximumPollers (Offset Lab model: AWS does not document this error)",
      ]
    `);
  });

  it('says how each !Ref stands in', () => {
    expect(result.notes).toMatchInlineSnapshot(`
      [
        "Imported resource KafkaEventSourceMapping (AWS::Lambda::EventSourceMapping)",
        "FunctionName: !Ref MyLambdaFunction stands in as "MyLambdaFunction"",
        "DestinationConfig.OnFailure.Destination: !Ref DLQArn stands in as "arn:aws:sqs:us-east-1:123456789012:DLQArn"",
      ]
    `);
  });

  it('knows the line of each member in the template', () => {
    expect(result.lines).toMatchObject({
      FunctionName: 6,
      ParallelizationFactor: 10,
      KafkaConfiguration: 16,
      'KafkaConfiguration.AutoOffsetReset': 17,
    });
  });
});

describe.each([
  'msk-provisioned.cfn.yaml',
  'msk.cfn.json',
  'self-managed.sam.yaml',
  'msk.sam.json',
  'create.cli.json',
  'get.cli.json',
  'msk.tf',
])('%s', (name) => {
  const result = importMapping(fixture(name));
  it('imports a request that validates', () => {
    expect(result.errors).toEqual([]);
    expect(validationErrors(result.request ?? {})).toEqual([]);
  });
  it('imports this request, with these notes', () => {
    expect({ request: result.request, notes: result.notes }).toMatchSnapshot();
  });
});

describe('format specifics', () => {
  it('CloudFormation: KmsKeyArn, KafkaBootstrapServers and Tags lists become API members', () => {
    const template = `Resources:
  M:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      KmsKeyArn: arn:aws:kms:us-east-1:123456789012:key/k
      SelfManagedEventSource: { Endpoints: { KafkaBootstrapServers: [a.example.com:9092] } }
      Tags: [{ Key: team, Value: billing }]
`;
    expect(importMapping(template).request).toEqual({
      KMSKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k',
      SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ['a.example.com:9092'] } },
      Tags: { team: 'billing' },
    });
  });

  it('CloudFormation: long-form intrinsics in YAML read like short tags', () => {
    const short = importMapping(
      'Resources:\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      FunctionName: !GetAtt Fn.Arn\n',
    );
    const long = importMapping(
      'Resources:\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      FunctionName: { "Fn::GetAtt": [Fn, Arn] }\n',
    );
    expect(long.request).toEqual(short.request);
    expect(short.request).toEqual({ FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:Fn' });
  });

  it('CloudFormation: !Sub substitutes pseudo parameters, parameter defaults and resource names', () => {
    const template = `Parameters:
  Env: { Type: String, Default: prod }
Resources:
  M:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      AmazonManagedKafkaEventSourceConfig:
        ConsumerGroupId: !Sub '\${Env}-\${AWS::Region}-billing'
      DestinationConfig:
        OnFailure:
          Destination: !Sub 'arn:\${AWS::Partition}:sqs:\${AWS::Region}:\${AWS::AccountId}:\${Env}-dlq'
`;
    expect(importMapping(template).request).toEqual({
      AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'prod-us-east-1-billing' },
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:prod-dlq' } },
    });
  });

  it('CloudFormation: an intrinsic for a number without a default is kept, so validation reports it', () => {
    const result = importMapping(
      'Resources:\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      StartingPosition: LATEST\n      BatchSize: !Ref Size\n',
    );
    expect(result.request?.['BatchSize']).toEqual({ Ref: 'Size' });
    expect(result.notes).toContain(
      'BatchSize: !Ref Size cannot be worked out here; write the value itself to simulate it',
    );
    expect(validationErrors(result.request ?? {})).toEqual([
      'mapping.BatchSize: expected type: Integer, found: JSONObject',
    ]);
  });

  it('CloudFormation: several mappings import the first and say so', () => {
    const esm = '    Type: AWS::Lambda::EventSourceMapping\n    Properties: { StartingPosition: LATEST }\n';
    const result = importMapping(`Resources:\n  First:\n${esm}  Second:\n${esm}`);
    expect(result.notes).toContain(
      'The template has 2 event source mappings; only the first (First) was imported',
    );
  });

  it('SAM: the function’s FunctionName wins over its logical id; SAM-only helpers are dropped with a note', () => {
    const result = importMapping(fixture('msk.sam.json'));
    expect(result.request?.['FunctionName']).toBe('inventory-consumer');
    expect(result.notes).toContain(
      "DestinationConfig.OnFailure.Type (SNS) only picks SAM's IAM policy; it is not a mapping member",
    );
  });

  it('SAM: propagated function tags become the mapping’s tags', () => {
    const template = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      PropagateTags: true
      Tags: { team: billing }
      Events:
        K: { Type: MSK, Properties: { Stream: arn:aws:kafka:us-east-1:123456789012:cluster/c/u-1, StartingPosition: LATEST, Topics: [orders] } }
`;
    expect(importMapping(template).request).toEqual({
      FunctionName: 'Fn',
      EventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/c/u-1',
      StartingPosition: 'LATEST',
      Topics: ['orders'],
      Tags: { team: 'billing' },
    });
  });

  it('AWS CLI: describe output drops read-only fields, renames FunctionArn and keeps a disabled state', () => {
    const result = importMapping(fixture('get.cli.json'));
    expect(result.request).toMatchObject({
      FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:orders-consumer',
      Enabled: false,
    });
    for (const field of [
      'UUID',
      'State',
      'LastModified',
      'LastProcessingResult',
      'StateTransitionReason',
      'EventSourceMappingArn',
      'FunctionArn',
    ])
      expect(result.request).not.toHaveProperty(field);
    expect(result.notes).toMatchInlineSnapshot(`
      [
        "Dropped the empty DestinationConfig.OnSuccess of the describe output",
        "Dropped read-only fields of the get-event-source-mapping output: UUID, LastModified, LastProcessingResult, State, StateTransitionReason, EventSourceMappingArn",
        "FunctionArn became FunctionName",
        "State Disabled became Enabled: false",
      ]
    `);
  });

  it('AWS CLI: list output imports its first mapping', () => {
    const result = importMapping(
      '{"EventSourceMappings": [{"UUID": "u", "StartingPosition": "LATEST"}, {"UUID": "v"}]}',
    );
    expect(result.request).toEqual({ StartingPosition: 'LATEST' });
    expect(result.notes[0]).toBe('The list has 2 event source mappings; only the first was imported');
  });

  it('Terraform: endpoints are a comma-separated string, filter patterns may be jsonencode()', () => {
    const result = importMapping(fixture('self-managed.tf'));
    expect(result.request?.['SelfManagedEventSource']).toEqual({
      Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ['kafka-1.example.com:9092', 'kafka-2.example.com:9092'] },
    });
    expect(importMapping(fixture('msk.tf')).request?.['FilterCriteria']).toEqual({
      Filters: [{ Pattern: '{"value":{"type":["order"]}}' }, { Pattern: '{"value":{"priority":["high"]}}' }],
    });
  });

  it('Terraform: arguments that Kafka rejects survive so validation can flag them', () => {
    const result = importMapping(fixture('self-managed.tf'));
    expect(validationErrors(result.request ?? {})).toEqual([
      "mapping.ParallelizationFactor: Unsupported 'parallelizationFactor' parameter for given event source mapping type.",
    ]);
  });

  it('Terraform: an unknown block is read by name so validation reports it', () => {
    const result = importMapping(`resource "aws_lambda_event_source_mapping" "m" {
  starting_position = "LATEST"
  kafka_configuration {
    auto_offset_reset = "earliest"
  }
}`);
    expect(result.request).toEqual({
      StartingPosition: 'LATEST',
      KafkaConfiguration: { AutoOffsetReset: 'earliest' },
    });
    expect(validationErrors(result.request ?? {})).toEqual([
      expect.stringMatching(
        /^mapping\.KafkaConfiguration: extraneous key \[KafkaConfiguration\] is not permitted/,
      ),
    ]);
    expect(result.lines).toMatchObject({ KafkaConfiguration: 3, 'KafkaConfiguration.AutoOffsetReset': 4 });
  });
});

describe('import errors point at their line', () => {
  it.each([
    ['invalid YAML', 'Resources:\n  M:\n    Type: [unclosed\n', 4],
    ['invalid JSON', '{\n  "FunctionName": "f",\n  "BatchSize": 10,\n}\n', 4],
    ['invalid HCL', 'resource "aws_lambda_event_source_mapping" "m" {\n  batch_size = \n}\n', 2],
    [
      'a template without a mapping',
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q: { Type: AWS::SQS::Queue }\n',
      2,
    ],
    ['a Terraform file without the resource', 'resource "aws_sqs_queue" "q" {\n}\n', 1],
    ['unrecognised text', 'hello', 1],
  ])('%s', (_name, text, line) => {
    const result = importMapping(text);
    expect(result.request).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.line).toBe(line);
  });

  it('messages', () => {
    const messages = [
      'Resources:\n  M:\n    Type: [unclosed\n',
      '{\n  "FunctionName": "f",\n}\n',
      'resource "aws_lambda_event_source_mapping" "m" {\n  batch_size = \n}\n',
      'Resources:\n  Q: { Type: AWS::SQS::Queue }\n',
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function, Properties: { Events: { K: { Type: MSK } } } }\n',
      'hello',
      '',
    ].map((text) => importMapping(text).errors.map((e) => `${e.line ?? '-'}: ${e.message}`));
    expect(messages).toMatchInlineSnapshot(`
      [
        [
          "4: Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
        ],
        [
          "3: Invalid JSON: Expected double-quoted property name in JSON at position 25",
        ],
        [
          "2: Expected a value, found a newline",
        ],
        [
          "1: The template has no AWS::Lambda::EventSourceMapping resource",
        ],
        [],
        [
          "1: Not a mapping format Offset Lab reads: paste a CloudFormation or SAM template (YAML or JSON), AWS CLI JSON, or a Terraform aws_lambda_event_source_mapping resource",
        ],
        [
          "-: Nothing to import: the text is empty",
        ],
      ]
    `);
  });
});
