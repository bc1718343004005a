/**
 * Which mapping format a pasted text is in: Terraform by its blocks, CloudFormation or SAM by their
 * `Resources` (SAM when the Kafka mapping is a function event), AWS CLI describe output by its read-only
 * fields, AWS CLI input by its request members.
 */
import type { MappingFormat } from './MappingFormat.ts';
import { parseTemplate } from './cfnYaml.ts';
import { looksLikeGetOutput } from './awsCli.ts';
import { ESM_TYPE } from './cloudFormation.ts';
import { samKafkaEvents } from './sam.ts';
import { isRecord } from './requestPaths.ts';
import { invalidMemberRule, memberRule } from '../../src/engine/mapping/mappingRules.ts';

const TERRAFORM_BLOCK = /^\s*(resource|data|variable|locals|provider|terraform|module|output)\b[^\n=]*\{/m;

export function detectFormat(text: string): MappingFormat | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (TERRAFORM_BLOCK.test(text)) return 'terraform';
  const json = looksLikeJson(trimmed);
  return classifyDocument(json ? parseJson(trimmed) : parseTemplate(text).value, json);
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/** The format of an already parsed YAML or JSON document. */
export function classifyDocument(value: unknown, json: boolean): MappingFormat | null {
  if (!isRecord(value)) return null;
  if (isRecord(value['Resources']) || 'AWSTemplateFormatVersion' in value) {
    const resources = isRecord(value['Resources']) ? Object.values(value['Resources']) : [];
    const hasMapping = resources.some((r) => isRecord(r) && r['Type'] === ESM_TYPE);
    const sam = !hasMapping && samKafkaEvents(value).length > 0;
    if (sam) return json ? 'sam-json' : 'sam-yaml';
    return json ? 'cloudformation-json' : 'cloudformation-yaml';
  }
  if (looksLikeGetOutput(value)) return 'aws-cli-get';
  if (Object.keys(value).some((k) => memberRule(k) ?? invalidMemberRule(k))) return 'aws-cli-create';
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
