/** Test helpers: read a fixture and validate a request as the playground does. */
import { readFileSync } from 'node:fs';
import { validateMapping } from '../../src/engine/mapping/validateMapping.ts';

export const FIXTURES = [
  'seed-blog.cfn.yaml',
  'msk-provisioned.cfn.yaml',
  'msk.cfn.json',
  'self-managed.sam.yaml',
  'msk.sam.json',
  'create.cli.json',
  'get.cli.json',
  'msk.tf',
  'self-managed.tf',
] as const;

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** Errors as `path: message`, with the scenario topic taken from the request (as an import would set it). */
export function validationErrors(request: Record<string, unknown>): string[] {
  const topics = request['Topics'];
  const topicName = Array.isArray(topics) && typeof topics[0] === 'string' ? topics[0] : 'orders';
  return validateMapping(request, {
    path: 'mapping',
    topicName,
    operation: 'create',
    functionTimeoutMs: 3000,
    startEpochMs: Date.UTC(2026, 0, 1),
  }).errors.map((e) => `${e.path}: ${e.message}`);
}
