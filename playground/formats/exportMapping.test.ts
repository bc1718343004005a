/** What each export writes, pinned for one realistic request. */
import { describe, expect, it } from 'vitest';
import { exportMapping } from './exportMapping.ts';

const request = {
  FunctionName: 'orders-consumer',
  EventSourceArn:
    'arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a4b3c2d-0000-4000-8000-000000000000-3',
  Topics: ['orders'],
  StartingPosition: 'TRIM_HORIZON',
  BatchSize: 10,
  AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' },
  ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 2 },
  MaximumRetryAttempts: 2,
  DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:orders-dlq' } },
  FilterCriteria: { Filters: [{ Pattern: '{"value":{"type":["order"]}}' }] },
  KMSKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k',
  Tags: { team: 'billing' },
};

describe('exportMapping', () => {
  it('CloudFormation YAML', () => {
    expect(exportMapping(request, 'cloudformation-yaml')).toMatchInlineSnapshot(`
      "AWSTemplateFormatVersion: "2010-09-09"
      Description: Kafka event source mapping exported from Offset Lab
      Resources:
        KafkaEventSourceMapping:
          Type: AWS::Lambda::EventSourceMapping
          Properties:
            FunctionName: orders-consumer
            EventSourceArn: arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a4b3c2d-0000-4000-8000-000000000000-3
            Topics:
              - orders
            StartingPosition: TRIM_HORIZON
            BatchSize: 10
            AmazonManagedKafkaEventSourceConfig:
              ConsumerGroupId: billing
            ProvisionedPollerConfig:
              MinimumPollers: 1
              MaximumPollers: 2
            MaximumRetryAttempts: 2
            DestinationConfig:
              OnFailure:
                Destination: arn:aws:sqs:us-east-1:123456789012:orders-dlq
            FilterCriteria:
              Filters:
                - Pattern: '{"value":{"type":["order"]}}'
            KmsKeyArn: arn:aws:kms:us-east-1:123456789012:key/k
            Tags:
              - Key: team
                Value: billing
      "
    `);
  });

  it('SAM YAML', () => {
    expect(exportMapping(request, 'sam-yaml')).toMatchInlineSnapshot(`
      "AWSTemplateFormatVersion: "2010-09-09"
      Transform: AWS::Serverless-2016-10-31
      Description: Kafka event source mapping exported from Offset Lab
      Resources:
        KafkaConsumerFunction:
          Type: AWS::Serverless::Function
          Properties:
            FunctionName: orders-consumer
            Handler: index.handler
            Runtime: nodejs22.x
            CodeUri: src/
            Tags:
              team: billing
            PropagateTags: true
            Events:
              KafkaEvent:
                Type: MSK
                Properties:
                  Stream: arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a4b3c2d-0000-4000-8000-000000000000-3
                  Topics:
                    - orders
                  StartingPosition: TRIM_HORIZON
                  BatchSize: 10
                  ConsumerGroupId: billing
                  ProvisionedPollerConfig:
                    MinimumPollers: 1
                    MaximumPollers: 2
                  MaximumRetryAttempts: 2
                  DestinationConfig:
                    OnFailure:
                      Destination: arn:aws:sqs:us-east-1:123456789012:orders-dlq
                  FilterCriteria:
                    Filters:
                      - Pattern: '{"value":{"type":["order"]}}'
                  KmsKeyArn: arn:aws:kms:us-east-1:123456789012:key/k
      "
    `);
  });

  it('Terraform', () => {
    expect(exportMapping(request, 'terraform')).toMatchInlineSnapshot(`
      "resource "aws_lambda_event_source_mapping" "kafka" {
        function_name          = "orders-consumer"
        event_source_arn       = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a4b3c2d-0000-4000-8000-000000000000-3"
        topics                 = ["orders"]
        starting_position      = "TRIM_HORIZON"
        batch_size             = 10
        maximum_retry_attempts = 2
        kms_key_arn            = "arn:aws:kms:us-east-1:123456789012:key/k"
        tags                   = { team = "billing" }

        amazon_managed_kafka_event_source_config {
          consumer_group_id = "billing"
        }

        provisioned_poller_config {
          minimum_pollers = 1
          maximum_pollers = 2
        }

        destination_config {
          on_failure {
            destination_arn = "arn:aws:sqs:us-east-1:123456789012:orders-dlq"
          }
        }

        filter_criteria {
          filter {
            pattern = jsonencode({ value = { type = ["order"] } })
          }
        }
      }
      "
    `);
  });

  it('AWS CLI input is the request itself', () => {
    expect(JSON.parse(exportMapping(request, 'aws-cli-create'))).toEqual(request);
  });

  it('CloudFormation JSON is the same template as YAML', () => {
    expect(JSON.parse(exportMapping(request, 'cloudformation-json'))).toMatchObject({
      Resources: {
        KafkaEventSourceMapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: { KmsKeyArn: request.KMSKeyArn },
        },
      },
    });
  });

  it('a self-managed source is a SelfManagedKafka event with KafkaBootstrapServers in SAM', () => {
    const text = exportMapping(
      {
        FunctionName: 'clicks',
        StartingPosition: 'LATEST',
        SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ['k1:9092', 'k2:9092'] } },
        SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: 'clicks' },
      },
      'sam-json',
    );
    expect(JSON.parse(text).Resources.KafkaConsumerFunction.Properties.Events.KafkaEvent).toEqual({
      Type: 'SelfManagedKafka',
      Properties: {
        StartingPosition: 'LATEST',
        KafkaBootstrapServers: ['k1:9092', 'k2:9092'],
        ConsumerGroupId: 'clicks',
      },
    });
  });

  it('with the scenario topic, fills in the members a scenario may leave out (spec §3)', () => {
    expect(
      JSON.parse(exportMapping({ StartingPosition: 'LATEST' }, 'aws-cli-create', { topicName: 'orders' })),
    ).toEqual({
      FunctionName: 'my-function',
      EventSourceArn:
        'arn:aws:kafka:us-east-1:123456789012:cluster/offset-lab/a1b2c3d4-5678-90ab-cdef-111111111111-1',
      Topics: ['orders'],
      StartingPosition: 'LATEST',
    });
  });
});
