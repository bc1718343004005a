/**
 * Stand-in values for members a template computes (`!Ref`, `!GetAtt`, Terraform references). A stand-in
 * is chosen so that the request still validates: the computed text when it already fits the member,
 * else a made-up value of the member's kind (an ARN for ARNs) named after what the template referred to.
 */
import { memberRule } from '../../src/engine/mapping/mappingRules.ts';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';

/** Values of CloudFormation pseudo parameters used while substituting `!Sub` templates. */
export const PSEUDO_PARAMETERS: Record<string, string> = {
  'AWS::Region': REGION,
  'AWS::AccountId': ACCOUNT,
  'AWS::Partition': 'aws',
  'AWS::StackName': 'my-stack',
  'AWS::URLSuffix': 'amazonaws.com',
};

export type ArnService = 'lambda' | 'kafka' | 'sqs' | 'sns' | 's3' | 'kms' | 'secretsmanager' | 'glue';

/** A made-up ARN of `service` for a resource called `name`. */
export function arnFor(service: ArnService, name: string): string {
  const id = safeName(name);
  switch (service) {
    case 'lambda':
      return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${id}`;
    case 'kafka':
      return `arn:aws:kafka:${REGION}:${ACCOUNT}:cluster/${id}/a1b2c3d4-0000-4000-8000-000000000000-1`;
    case 's3':
      return `arn:aws:s3:::${id.toLowerCase()}`;
    case 'kms':
      return `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
    case 'secretsmanager':
      return `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${id}`;
    case 'glue':
      return `arn:aws:glue:${REGION}:${ACCOUNT}:registry/${id}`;
    default:
      return `arn:aws:${service}:${REGION}:${ACCOUNT}:${id}`;
  }
}

/**
 * `path` is a request path such as `Topics[0]`; the rule table says what the member looks like.
 * `isArn`: the reference names an ARN attribute (`!GetAtt X.Arn`, `aws_x.y.arn`).
 */
export function standIn(path: string, name: string, candidate?: string, isArn = false): unknown {
  const rulePath = path.replace(/\[\d+\]/g, '[]');
  const rule = memberRule(rulePath);
  if (rule && rule.type !== 'string') return undefined;
  if (candidate !== undefined && fits(candidate, rulePath)) return candidate;
  switch (rulePath) {
    case 'FunctionName':
      // `!GetAtt Fn.Arn` is an ARN even when the template does not say what Fn is.
      return isArn ? arnFor('lambda', name) : safeName(name);
    case 'EventSourceArn':
      return arnFor('kafka', name);
    case 'DestinationConfig.OnFailure.Destination':
      return arnFor(guessDestination(name), name);
    case 'KMSKeyArn':
      return arnFor('kms', name);
    case 'SourceAccessConfigurations[].URI':
    case 'AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig.AccessConfigs[].URI':
    case 'SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig.AccessConfigs[].URI':
      return arnFor('secretsmanager', name);
    case 'AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig.SchemaRegistryURI':
    case 'SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig.SchemaRegistryURI':
      return arnFor('glue', name);
    default:
      return safeName(name);
  }
}

function fits(value: string, rulePath: string): boolean {
  const rule = memberRule(rulePath);
  if (!rule) return true;
  if (rule.maxLength !== undefined && value.length > rule.maxLength) return false;
  if (rule.minLength !== undefined && value.length < rule.minLength) return false;
  return !rule.pattern || new RegExp(`^(?:${rule.pattern})$`).test(value);
}

function guessDestination(name: string): ArnService {
  if (/topic|sns/i.test(name)) return 'sns';
  if (/bucket|s3/i.test(name)) return 's3';
  return 'sqs';
}

function safeName(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'value';
}
