/**
 * AWS::Lambda::EventSourceMapping spells three things differently from the Lambda API: `KmsKeyArn`
 * (API `KMSKeyArn`), `SelfManagedEventSource.Endpoints.KafkaBootstrapServers` (API
 * `KAFKA_BOOTSTRAP_SERVERS`) and `Tags` as a list of `{ Key, Value }` (API: a map). Everything else
 * is the same member with the same shape (CFN resource reference).
 */
import { isRecord, setOwn } from './requestPaths.ts';

export function cfnToApi(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'KmsKeyArn') out['KMSKeyArn'] = value;
    else if (key === 'SelfManagedEventSource')
      setOwn(out, key, renameEndpoints(value, 'KafkaBootstrapServers', 'KAFKA_BOOTSTRAP_SERVERS'));
    else if (key === 'Tags' && Array.isArray(value) && value.every(isTag)) setOwn(out, key, tagMap(value));
    else setOwn(out, key, value);
  }
  return out;
}

export function apiToCfn(request: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (key === 'KMSKeyArn') out['KmsKeyArn'] = value;
    else if (key === 'SelfManagedEventSource')
      setOwn(out, key, renameEndpoints(value, 'KAFKA_BOOTSTRAP_SERVERS', 'KafkaBootstrapServers'));
    else if (key === 'Tags' && isRecord(value))
      setOwn(
        out,
        key,
        Object.entries(value).map(([Key, Value]) => ({ Key, Value })),
      );
    else setOwn(out, key, value);
  }
  return out;
}

/** The template path of a request path, for line numbers (`KMSKeyArn` → `KmsKeyArn`, …). */
export function cfnPathOf(requestPath: string): string {
  return requestPath
    .replace(/^KMSKeyArn/, 'KmsKeyArn')
    .replace(
      /^SelfManagedEventSource\.Endpoints\.KAFKA_BOOTSTRAP_SERVERS/,
      'SelfManagedEventSource.Endpoints.KafkaBootstrapServers',
    );
}

function renameEndpoints(source: unknown, from: string, to: string): unknown {
  if (!isRecord(source) || !isRecord(source['Endpoints']) || !(from in source['Endpoints'])) return source;
  const { [from]: servers, ...rest } = source['Endpoints'];
  return { ...source, Endpoints: { ...rest, [to]: servers } };
}

function isTag(value: unknown): value is { Key: string; Value: unknown } {
  return isRecord(value) && typeof value['Key'] === 'string' && 'Value' in value;
}

function tagMap(tags: { Key: string; Value: unknown }[]): Record<string, unknown> {
  return Object.fromEntries(tags.map((t) => [t.Key, t.Value]));
}
