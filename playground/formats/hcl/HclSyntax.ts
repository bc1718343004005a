/**
 * The HCL subset Offset Lab reads (enough for `aws_lambda_event_source_mapping` and the variables and
 * locals it refers to): attributes, blocks with labels, literals, strings and heredocs, lists, objects,
 * function calls and references. Anything else (conditionals, `for` expressions, operators) is kept as
 * its source text, so nothing is silently misread.
 */
export type HclExpr =
  | { kind: 'literal'; value: string | number | boolean | null; line: number }
  /** a string with `${…}` or `%{…}`; `text` is its content as written, without the quotes */
  | { kind: 'template'; text: string; line: number }
  | { kind: 'list'; items: HclExpr[]; line: number }
  | { kind: 'object'; entries: { key: string; value: HclExpr; line: number }[]; line: number }
  | { kind: 'call'; name: string; args: HclExpr[]; source: string; line: number }
  /** a traversal such as `aws_msk_cluster.main.arn`, `var.topic` or `local.names[0]` */
  | { kind: 'reference'; source: string; line: number }
  | { kind: 'raw'; source: string; line: number };

export interface HclAttribute {
  name: string;
  value: HclExpr;
  line: number;
}

export interface HclBlock {
  type: string;
  labels: string[];
  body: HclBody;
  line: number;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}
