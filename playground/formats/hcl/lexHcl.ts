/**
 * Splits HCL source into tokens with their line and source offsets. Comments (`#`, `//`, `/* *\/`)
 * are dropped; newlines are tokens because they end attributes.
 */
export type TokenKind = 'ident' | 'number' | 'string' | 'heredoc' | 'punct' | 'newline' | 'eof';

export interface Token {
  kind: TokenKind;
  /** identifiers, punctuation and numbers as written; strings and heredocs: their decoded value */
  text: string;
  /** strings: the content between the quotes, as written (escapes and `${…}` untouched) */
  raw?: string;
  /** strings and heredocs containing `${` or `%{` */
  template?: boolean;
  line: number;
  start: number;
  end: number;
}

export class HclSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const PUNCT = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '=>',
  '...',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '=',
  ',',
  ':',
  '.',
  '?',
  '!',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
];

export function lexHcl(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const push = (kind: TokenKind, text: string, start: number, extra: Partial<Token> = {}) =>
    tokens.push({ kind, text, line, start, end: i, ...extra });
  while (i < source.length) {
    const c = source[i] as string;
    const start = i;
    if (c === '\n') {
      i++;
      push('newline', '\n', start);
      line++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '#' || source.startsWith('//', i)) while (i < source.length && source[i] !== '\n') i++;
    else if (source.startsWith('/*', i)) {
      const close = source.indexOf('*/', i + 2);
      if (close < 0) throw new HclSyntaxError('Unterminated /* comment', line);
      line += countNewlines(source.slice(i, close));
      i = close + 2;
    } else if (/[A-Za-z_]/.test(c)) {
      while (i < source.length && /[A-Za-z0-9_-]/.test(source[i] as string)) i++;
      push('ident', source.slice(start, i), start);
    } else if (/[0-9]/.test(c)) {
      const match = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i)) as RegExpExecArray;
      i += match[0].length;
      push('number', match[0], start);
    } else if (c === '"') {
      const tokenLine = line;
      const { raw, end } = readString(source, i, line);
      i = end;
      tokens.push({
        kind: 'string',
        text: decodeString(raw, tokenLine),
        raw,
        template: /(^|[^$])\$\{|(^|[^%])%\{/.test(raw),
        line: tokenLine,
        start,
        end,
      });
    } else if (source.startsWith('<<', i) && /^<<-?[A-Za-z_]/.test(source.slice(i, i + 4))) {
      const tokenLine = line;
      const heredoc = readHeredoc(source, i, line);
      line += countNewlines(source.slice(i, heredoc.end));
      i = heredoc.end;
      tokens.push({
        kind: 'heredoc',
        text: heredoc.value,
        raw: heredoc.value,
        template: /\$\{|%\{/.test(heredoc.value),
        line: tokenLine,
        start,
        end: i,
      });
    } else {
      const punct = PUNCT.find((p) => source.startsWith(p, i));
      if (!punct) throw new HclSyntaxError(`Unexpected character ${JSON.stringify(c)}`, line);
      i += punct.length;
      push('punct', punct, start);
    }
  }
  tokens.push({ kind: 'eof', text: '', line, start: i, end: i });
  return tokens;
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}

/** From the opening quote to the closing one, skipping quotes inside `${ … }`. */
function readString(source: string, open: number, line: number): { raw: string; end: number } {
  let i = open + 1;
  let depth = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '\n' && depth === 0) throw new HclSyntaxError('Unterminated string', line);
    else if (depth === 0 && c === '"') return { raw: source.slice(open + 1, i), end: i + 1 };
    else if ((c === '$' || c === '%') && source[i + 1] === '{' && source[i - 1] !== c) {
      depth++;
      i += 2;
    } else if (depth > 0 && c === '}') {
      depth--;
      i++;
    } else if (depth > 0 && c === '"') i = readString(source, i, line).end;
    else i++;
  }
  throw new HclSyntaxError('Unterminated string', line);
}

function decodeString(raw: string, line: number): string {
  return raw.replace(
    /\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g,
    (whole, escape: string | undefined) => {
      if (whole === '$${') return '${';
      if (whole === '%%{') return '%{';
      switch (escape?.[0]) {
        case 'n':
          return '\n';
        case 't':
          return '\t';
        case 'r':
          return '\r';
        case '"':
          return '"';
        case '\\':
          return '\\';
        case 'u':
        case 'U':
          return String.fromCodePoint(parseInt(escape.slice(1), 16));
        default:
          throw new HclSyntaxError(`Unknown escape \\${escape ?? ''} in string`, line);
      }
    },
  );
}

/** `<<EOF … EOF` and `<<-EOF` (indented: the common leading spaces are removed). */
function readHeredoc(source: string, at: number, line: number): { value: string; end: number } {
  const header = /^<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(source.slice(at));
  if (!header) throw new HclSyntaxError('A heredoc marker must end its line', line);
  const [whole, indent, marker] = header as unknown as [string, string, string];
  const lines: string[] = [];
  let i = at + whole.length;
  while (i <= source.length) {
    const next = source.indexOf('\n', i);
    const end = next < 0 ? source.length : next;
    const text = source.slice(i, end).replace(/\r$/, '');
    if (text.trim() === marker) {
      const margin = indent
        ? Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0))
        : 0;
      const body = lines.map((l) => l.slice(Number.isFinite(margin) ? margin : 0));
      return { value: body.length ? `${body.join('\n')}\n` : '', end };
    }
    lines.push(text);
    if (next < 0) break;
    i = next + 1;
  }
  throw new HclSyntaxError(`Heredoc ${marker} is never closed`, line);
}
