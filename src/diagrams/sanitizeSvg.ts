/**
 * Makes an SVG safe and self-contained for export: only drawing elements survive; no scripts,
 * `<foreignObject>`, event-handler attributes, or references outside the file (links, `@import`,
 * `url(http…)`, external images). Works on the string, so the same code runs in the browser (export
 * menu) and in Node (tests, build). Input must be well-formed XML (XMLSerializer output); anything the
 * scanner does not recognise is an error, never passed through.
 */
const allowedElements = new Set(
  (
    'svg g defs style title desc path rect circle ellipse line polyline polygon text tspan textPath marker ' +
    'pattern linearGradient radialGradient stop clipPath mask use symbol image filter feBlend feColorMatrix ' +
    'feComponentTransfer feComposite feFlood feGaussianBlur feMerge feMergeNode feMorphology feOffset ' +
    'feDropShadow feFuncA feFuncB feFuncG feFuncR'
  ).split(' '),
);
/** Links become plain groups: their drawing stays, the navigation goes. */
const unwrapToGroup = new Set(['a']);
const namespacedAttributes = new Set(['xmlns', 'xmlns:xlink', 'xlink:href', 'xml:space', 'xml:lang']);

const token =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|[^<]+/gy;
const attribute = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function sanitizeSvg(svg: string): string {
  let out = '';
  const open: { name: string; kept: boolean }[] = [];
  let skipping = 0;
  token.lastIndex = 0;
  let at = 0;
  const input = svg.trim();
  while (at < input.length) {
    token.lastIndex = at;
    const m = token.exec(input);
    if (!m)
      throw new Error(`sanitizeSvg: not well-formed SVG near ${JSON.stringify(input.slice(at, at + 40))}`);
    at = token.lastIndex;
    const [whole, cdata, closeName, openName, attrs = '', selfClose] = m;
    const inStyle = open.at(-1)?.name === 'style';
    if (closeName !== undefined) {
      const top = open.pop();
      if (!top || top.name !== closeName) throw new Error(`sanitizeSvg: unexpected </${closeName}>`);
      if (skipping) skipping -= top.kept ? 0 : 1;
      else if (top.kept) out += `</${elementName(closeName)}>`;
      continue;
    }
    if (openName !== undefined) {
      const kept = !skipping && (allowedElements.has(openName) || unwrapToGroup.has(openName));
      const tag = kept
        ? `<${elementName(openName)}${cleanAttributes(openName, attrs)}${selfClose ? '/' : ''}>`
        : '';
      out += tag;
      if (!selfClose) {
        open.push({ name: openName, kept });
        if (!kept) skipping += 1;
      }
      continue;
    }
    if (skipping || whole.startsWith('<')) {
      if (cdata !== undefined && !skipping) out += escapeText(inStyle ? cleanCss(cdata) : cdata);
      continue; // comments, doctype, processing instructions
    }
    out += inStyle ? escapeText(cleanCss(decode(whole))) : whole;
  }
  if (open.length) throw new Error(`sanitizeSvg: <${open.at(-1)!.name}> is never closed`);
  return out;
}

function elementName(name: string): string {
  return unwrapToGroup.has(name) ? 'g' : name;
}

function cleanAttributes(element: string, attrs: string): string {
  let out = '';
  for (const [, name, dq, sq] of attrs.matchAll(attribute)) {
    const raw = dq ?? sq ?? '';
    if (!attributeAllowed(element, name!, decode(raw))) continue;
    out += ` ${name}="${raw.replace(/"/g, '&quot;')}"`;
  }
  return out;
}

function attributeAllowed(element: string, name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return false;
  if (name.includes(':') && !namespacedAttributes.has(name)) return false;
  if (lower === 'href' || lower === 'xlink:href') {
    if (value.trim().startsWith('#')) return true;
    return (
      element === 'image' && /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i.test(value.trim())
    );
  }
  if (/javascript:|expression\s*\(/i.test(value)) return false;
  return onlyLocalUrls(value);
}

/** `url(#marker)` points inside the file; any other url() would fetch or leak. */
function onlyLocalUrls(css: string): boolean {
  return [...css.matchAll(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi)].every(([, , ref]) =>
    ref!.trim().startsWith('#'),
  );
}

function cleanCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi, (all, _q, ref: string) =>
      ref.trim().startsWith('#') ? all : 'none',
    )
    .replace(/expression\s*\(/gi, '(')
    .replace(/javascript:/gi, '');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, n: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n]!,
    );
}
