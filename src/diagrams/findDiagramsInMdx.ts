/** A `<Diagram … />` found in an MDX article, with the props the embed page needs. */
export interface DiagramUse {
  code: string;
  title: string;
  description?: string;
  id?: string;
}

/**
 * Finds `<Diagram />` elements in MDX source whose props are literals (`"…"`, `'…'`, `{"…"}` or a
 * template literal without `${}`), so every article diagram can also be an embed
 * (`/embed/diagram/<id>/`). A diagram built from expressions is skipped and reported in `skipped`.
 */
export function findDiagramsInMdx(mdx: string): { diagrams: DiagramUse[]; skipped: number } {
  const diagrams: DiagramUse[] = [];
  let skipped = 0;
  for (const match of mdx.matchAll(/<Diagram\b/g)) {
    const props = readProps(mdx, match.index + match[0].length);
    if (props && typeof props['code'] === 'string' && typeof props['title'] === 'string') {
      diagrams.push({
        code: props['code'],
        title: props['title'],
        ...(props['description'] !== undefined ? { description: props['description'] } : {}),
        ...(props['id'] !== undefined ? { id: props['id'] } : {}),
      });
    } else skipped += 1;
  }
  return { diagrams, skipped };
}

/** Props up to `/>`; undefined when one is not a literal. */
function readProps(src: string, at: number): Record<string, string> | undefined {
  const props: Record<string, string> = {};
  let i = at;
  for (;;) {
    i = skipSpace(src, i);
    if (src.startsWith('/>', i)) return props;
    const name = /^[A-Za-z_][\w-]*/.exec(src.slice(i, i + 64))?.[0];
    if (!name || src[i + name.length] !== '=') return undefined;
    i += name.length + 1;
    const braced = src[i] === '{';
    if (braced) i = skipSpace(src, i + 1);
    // JSX attribute strings are raw; JavaScript strings inside {…} have escapes.
    const literal = readLiteral(src, i, braced);
    if (!literal) return undefined;
    i = literal.end;
    if (braced) {
      i = skipSpace(src, i);
      if (src[i] !== '}') return undefined;
      i++;
    }
    props[name] = literal.value;
  }
}

function skipSpace(src: string, i: number): number {
  while (/\s/.test(src[i] ?? '')) i++;
  return i;
}

function readLiteral(src: string, i: number, escapes: boolean): { value: string; end: number } | undefined {
  const quote = src[i];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  let value = '';
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j]!;
    if (escapes && c === '\\') {
      const next = src[j + 1] ?? '';
      value += ({ n: '\n', t: '\t' } as Record<string, string>)[next] ?? next;
      j++;
      continue;
    }
    if (quote === '`' && c === '$' && src[j + 1] === '{') return undefined;
    if (c === quote) return { value, end: j + 1 };
    value += c;
  }
  return undefined;
}
