/**
 * One entry point for every import: detect the format, read the mapping, and say what changed on the
 * way. The request that comes out is raw: `validateMapping` judges it, so a template's mistakes (such
 * as the seed blog's `ParallelizationFactor` and `KafkaConfiguration`) are reported, not dropped.
 *
 * @example
 * const { request, format, notes, errors } = importMapping(templateText);
 * if (request) validateMapping(request, ctx);
 */
import type { ImportResult, MappingFormat } from './MappingFormat.ts';
import { classifyDocument, detectFormat, looksLikeJson } from './detectFormat.ts';
import { parseTemplate } from './cfnYaml.ts';
import { importCloudFormation } from './cloudFormation.ts';
import { importSam } from './sam.ts';
import { importCliCreate, importCliGet } from './awsCli.ts';
import { importTerraform } from './readTerraform.ts';
import { isRecord } from './requestPaths.ts';

const UNRECOGNISED =
  'Not a mapping format Offset Lab reads: paste a CloudFormation or SAM template (YAML or JSON), AWS CLI JSON, or a Terraform aws_lambda_event_source_mapping resource';

export function importMapping(text: string): ImportResult {
  const fail = (message: string, line?: number, format: MappingFormat | null = null): ImportResult => ({
    request: null,
    format,
    notes: [],
    errors: [{ message, ...(line !== undefined ? { line } : {}) }],
    references: [],
    lines: {},
  });
  if (!text.trim()) return fail('Nothing to import: the text is empty');
  const json = looksLikeJson(text) && !detectTerraform(text);
  if (json) {
    const problem = jsonProblem(text);
    if (problem) return fail(`Invalid JSON: ${problem.message}`, problem.line);
  }
  const format = json ? classifyDocument(JSON.parse(text), true) : detectFormat(text);
  if (!format) return fail(UNRECOGNISED, 1);
  if (format === 'terraform') return importTerraform(text);
  const parsed = parseTemplate(text);
  const firstError = parsed.errors[0];
  if (firstError) return fail(`Invalid YAML: ${firstError.message}`, firstError.line, format);
  if (format === 'cloudformation-yaml' || format === 'cloudformation-json')
    return importCloudFormation(parsed, format);
  if (format === 'sam-yaml' || format === 'sam-json') return importSam(parsed, format);
  const value = isRecord(parsed.value) ? parsed.value : {};
  const lines = Object.fromEntries(parsed.lines);
  const result = format === 'aws-cli-get' ? importCliGet(value, lines) : importCliCreate(value, lines);
  return json
    ? result
    : { ...result, notes: ['Read as AWS CLI YAML input (--cli-input-yaml)', ...result.notes] };
}

function detectTerraform(text: string): boolean {
  return detectFormat(text) === 'terraform';
}

/** JSON.parse's complaint with its line (V8 names the line; older engines give a position). */
function jsonProblem(text: string): { message: string; line: number } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(message)?.[1];
    const position = /position (\d+)/.exec(message)?.[1];
    const at = line ? Number(line) : position ? text.slice(0, Number(position)).split('\n').length : 1;
    return { message: message.replace(/\s*\(line \d+ column \d+\)$/, ''), line: at };
  }
}
