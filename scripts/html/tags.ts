/** One start tag of an HTML document, with its attributes; scripts and styles keep their text. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** The raw content of a `<script>` or `<style>` element. */
  text?: string;
}

// A start tag whose quoted attribute values may hold `>`; a script/style element with its content
// (so `href="…"` inside a script is not taken for a link); or a comment, which is skipped.
const tagPattern =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const attrPattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The start tags of `html`, in document order. A small tokenizer, not a full HTML parser: it is only
 * ever given Astro's own output, which is well formed.
 */
export function tags(html: string): Tag[] {
  const found: Tag[] = [];
  for (const match of html.matchAll(tagPattern)) {
    const [, rawName, scriptAttrs, text, otherName, otherAttrs] = match;
    if (rawName !== undefined) {
      found.push({ name: rawName.toLowerCase(), attrs: attributes(scriptAttrs ?? ''), text: text ?? '' });
    } else if (otherName !== undefined) {
      found.push({ name: otherName.toLowerCase(), attrs: attributes(otherAttrs ?? '') });
    }
  }
  return found;
}

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name = '', double, single, bare] of source.matchAll(attrPattern)) {
    attrs[name.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return attrs;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro writes into attribute values (`&amp;`, `&#39;`, `&#x2F;`). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}
