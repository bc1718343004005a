/**
 * A recursive-descent parser for the HCL subset in `HclSyntax.ts`. Errors carry the line they occur on;
 * the first syntax error stops the parse (as `terraform validate` does).
 */
import type { HclAttribute, HclBlock, HclBody, HclExpr } from './HclSyntax.ts';
import { HclSyntaxError, lexHcl } from './lexHcl.ts';
import type { Token } from './lexHcl.ts';

export interface HclParse {
  body: HclBody;
  error: { message: string; line: number } | null;
}

const OPERATORS = new Set(['?', '==', '!=', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '<', '>']);
const CLOSERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

export function parseHcl(source: string): HclParse {
  try {
    const parser = new Parser(source, lexHcl(source));
    const body = parser.body(null);
    return { body, error: null };
  } catch (error) {
    if (error instanceof HclSyntaxError)
      return { body: { attributes: [], blocks: [] }, error: { message: error.message, line: error.line } };
    throw error;
  }
}

class Parser {
  private at = 0;
  private readonly source: string;
  private readonly tokens: Token[];

  constructor(source: string, tokens: Token[]) {
    this.source = source;
    this.tokens = tokens;
  }

  body(closer: '}' | null): HclBody {
    const body: HclBody = { attributes: [], blocks: [] };
    for (;;) {
      this.skipNewlines();
      const token = this.peek();
      if (token.kind === 'eof') {
        if (closer) throw new HclSyntaxError(`Missing } for the block`, token.line);
        return body;
      }
      if (closer && this.isPunct('}')) return body;
      if (token.kind !== 'ident')
        throw new HclSyntaxError(`Expected an argument or block name, found ${show(token)}`, token.line);
      this.next();
      if (this.isPunct('=')) {
        this.next();
        body.attributes.push(this.attribute(token));
      } else body.blocks.push(this.block(token));
    }
  }

  private attribute(name: Token): HclAttribute {
    const value = this.expression();
    this.endOfItem('}');
    return { name: name.text, value, line: name.line };
  }

  private block(type: Token): HclBlock {
    const labels: string[] = [];
    while (this.peek().kind === 'string' || this.peek().kind === 'ident') labels.push(this.next().text);
    this.expect('{');
    const body = this.body('}');
    this.expect('}');
    this.endOfItem('}');
    return { type: type.text, labels, body, line: type.line };
  }

  /** An attribute or block ends at a newline, at the end of input, or just before its parent's `}`. */
  private endOfItem(closer: string): void {
    const token = this.peek();
    if (token.kind === 'newline') this.next();
    else if (token.kind !== 'eof' && !this.isPunct(closer))
      throw new HclSyntaxError(`Expected a newline after the value, found ${show(token)}`, token.line);
  }

  private expression(): HclExpr {
    const first = this.peek();
    const expr = this.primary();
    if (this.peek().kind === 'punct' && OPERATORS.has(this.peek().text)) {
      this.skipToEndOfExpression();
      return { kind: 'raw', source: this.sourceFrom(first), line: first.line };
    }
    return expr;
  }

  private primary(): HclExpr {
    const token = this.next();
    const line = token.line;
    switch (token.kind) {
      case 'number':
        return { kind: 'literal', value: Number(token.text), line };
      case 'string':
      case 'heredoc':
        return token.template
          ? { kind: 'template', text: token.raw ?? token.text, line }
          : { kind: 'literal', value: token.text, line };
      case 'ident':
        if (token.text === 'true' || token.text === 'false')
          return { kind: 'literal', value: token.text === 'true', line };
        if (token.text === 'null') return { kind: 'literal', value: null, line };
        if (this.isPunct('(')) return this.call(token);
        this.traversal();
        return { kind: 'reference', source: this.sourceFrom(token), line };
      case 'punct':
        if (token.text === '-' && this.peek().kind === 'number')
          return { kind: 'literal', value: -Number(this.next().text), line };
        if (token.text === '[') return this.list(token);
        if (token.text === '{') return this.object(token);
        if (token.text === '(') {
          this.skipBalanced('(');
          return { kind: 'raw', source: this.sourceFrom(token), line };
        }
        break;
      default:
        break;
    }
    throw new HclSyntaxError(`Expected a value, found ${show(token)}`, line);
  }

  private list(open: Token): HclExpr {
    if (isKeyword(this.peekPastNewlines(), 'for')) {
      this.skipBalanced('[');
      return { kind: 'raw', source: this.sourceFrom(open), line: open.line };
    }
    const items: HclExpr[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isPunct(']')) break;
      items.push(this.expression());
      this.skipNewlines();
      if (this.isPunct(',')) this.next();
      else if (!this.isPunct(']'))
        throw new HclSyntaxError(`Expected , or ] in the list, found ${show(this.peek())}`, this.peek().line);
    }
    this.next();
    this.traversal();
    return { kind: 'list', items, line: open.line };
  }

  private object(open: Token): HclExpr {
    if (isKeyword(this.peekPastNewlines(), 'for')) {
      this.skipBalanced('{');
      return { kind: 'raw', source: this.sourceFrom(open), line: open.line };
    }
    const entries: { key: string; value: HclExpr; line: number }[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isPunct('}')) break;
      const key = this.next();
      if (key.kind !== 'ident' && key.kind !== 'string')
        throw new HclSyntaxError(`Expected an object key, found ${show(key)}`, key.line);
      const separator = this.next();
      if (separator.kind !== 'punct' || (separator.text !== '=' && separator.text !== ':'))
        throw new HclSyntaxError(
          `Expected = or : after the key ${key.text}, found ${show(separator)}`,
          separator.line,
        );
      entries.push({ key: key.text, value: this.expression(), line: key.line });
      if (this.isPunct(',')) this.next();
      else if (this.peek().kind !== 'newline' && !this.isPunct('}'))
        throw new HclSyntaxError(
          `Expected , or a newline between object entries, found ${show(this.peek())}`,
          this.peek().line,
        );
    }
    this.next();
    return { kind: 'object', entries, line: open.line };
  }

  private call(name: Token): HclExpr {
    this.expect('(');
    const args: HclExpr[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isPunct(')')) break;
      args.push(this.expression());
      this.skipNewlines();
      if (this.isPunct(',') || this.isPunct('...')) this.next();
      else if (!this.isPunct(')'))
        throw new HclSyntaxError(
          `Expected , or ) in the call to ${name.text}, found ${show(this.peek())}`,
          this.peek().line,
        );
    }
    this.next();
    this.traversal();
    return { kind: 'call', name: name.text, args, source: this.sourceFrom(name), line: name.line };
  }

  /** `.name`, `.0`, `.*`, `[expr]`, `[*]` after a value. */
  private traversal(): void {
    for (;;) {
      const token = this.peek();
      if (token.text === '.' && token.kind === 'punct') {
        this.next();
        const part = this.next();
        if (part.kind !== 'ident' && part.kind !== 'number' && part.text !== '*')
          throw new HclSyntaxError(`Expected an attribute name after ".", found ${show(part)}`, part.line);
      } else if (token.text === '[' && token.kind === 'punct') {
        this.next();
        this.skipBalanced('[');
      } else return;
    }
  }

  /** Having consumed `open`, consume up to and including its matching closer. */
  private skipBalanced(open: string): void {
    const stack = [CLOSERS[open] as string];
    while (stack.length) {
      const token = this.next();
      if (token.kind === 'eof') throw new HclSyntaxError(`Missing ${stack[stack.length - 1]}`, token.line);
      if (token.kind !== 'punct') continue;
      if (token.text in CLOSERS) stack.push(CLOSERS[token.text] as string);
      else if (token.text === stack[stack.length - 1]) stack.pop();
    }
  }

  /** Consume an operator expression up to a newline, `,` or a closer at depth 0. */
  private skipToEndOfExpression(): void {
    for (;;) {
      const token = this.peek();
      if (token.kind === 'eof' || token.kind === 'newline') return;
      if (token.kind === 'punct' && [',', '}', ']', ')'].includes(token.text)) return;
      this.next();
      if (token.kind === 'punct' && token.text in CLOSERS) this.skipBalanced(token.text);
    }
  }

  private sourceFrom(first: Token): string {
    return this.source.slice(first.start, this.tokens[this.at - 1]?.end ?? first.end).trim();
  }

  private expect(text: string): Token {
    const token = this.next();
    if (token.text !== text || token.kind !== 'punct')
      throw new HclSyntaxError(`Expected ${text}, found ${show(token)}`, token.line);
    return token;
  }

  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.next();
  }

  private peekPastNewlines(): Token {
    let i = this.at;
    while (this.tokens[i]?.kind === 'newline') i++;
    return this.tokens[i] as Token;
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.text === text;
  }

  private peek(): Token {
    return this.tokens[this.at] as Token;
  }

  private next(): Token {
    const token = this.tokens[this.at] as Token;
    if (token.kind !== 'eof') this.at++;
    return token;
  }
}

function isKeyword(token: Token, word: string): boolean {
  return token.kind === 'ident' && token.text === word;
}

function show(token: Token): string {
  if (token.kind === 'eof') return 'the end of the file';
  if (token.kind === 'newline') return 'a newline';
  if (token.kind === 'string') return `"${token.raw ?? token.text}"`;
  return JSON.stringify(token.text);
}
