/**
 * Which source and scaling mode a request describes. A request is self-managed when it names
 * SelfManagedEventSource (scenario spec §3), and provisioned when ProvisionedPollerConfig is given
 * and not empty: AWS returns a mapping to on-demand mode when it is `{}` (SCALING).
 */
import type { KafkaSource } from './mappingRules.ts';
import { isPlainObject } from './requestPath.ts';

export function kafkaSource(request: Record<string, unknown>): KafkaSource {
  return 'SelfManagedEventSource' in request ? 'self-managed' : 'msk';
}

export function isProvisioned(request: Record<string, unknown>): boolean {
  const config = request['ProvisionedPollerConfig'];
  return isPlainObject(config) && Object.keys(config).length > 0;
}
