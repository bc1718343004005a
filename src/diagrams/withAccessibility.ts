/**
 * Adds Mermaid's `accTitle` / `accDescr` lines to a diagram so the rendered SVG carries `<title>` and
 * `<desc>` (aria-labelledby / aria-describedby). They go right after the diagram-type line, after any
 * YAML front matter, `%%{init}%%` directive or comment. Lines the author already wrote win.
 *
 * @example withAccessibility('flowchart LR\n a-->b', { title: 'Poll loop' })
 *   // 'flowchart LR\naccTitle: Poll loop\n a-->b'
 */
export function withAccessibility(
  code: string,
  text: { title: string; description?: string | undefined },
): string {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  const header = diagramTypeLine(lines);
  if (header < 0) return code;
  const body = lines.slice(header + 1).join('\n');
  const added: string[] = [];
  if (!/^\s*accTitle\s*:/m.test(body)) added.push(`accTitle: ${oneLine(text.title)}`);
  if (text.description && !/^\s*accDescr\s*[:{]/m.test(body))
    added.push(`accDescr: ${oneLine(text.description)}`);
  return [...lines.slice(0, header + 1), ...added, ...lines.slice(header + 1)].join('\n');
}

/** Index of the line naming the diagram type (`flowchart LR`, `stateDiagram-v2`…), or -1. */
function diagramTypeLine(lines: readonly string[]): number {
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, j) => j > 0 && l.trim() === '---');
    if (end < 0) return -1;
    i = end + 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('%%')) continue;
    return i;
  }
  return -1;
}

/** Mermaid's acc lines end at the newline; `;` and `#` would start a new statement or an entity. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[;#]/g, ',').trim();
}
