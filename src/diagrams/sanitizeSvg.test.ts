import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './sanitizeSvg.ts';

const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`;

describe('sanitizeSvg', () => {
  it('keeps a plain drawing byte for byte', () => {
    const svg = wrap(
      '<style>#d .node rect{fill:#fff;stroke:url(#grad)}</style><defs><marker id="m"><path d="M0 0L1 1"/></marker></defs>' +
        '<g class="node"><rect x="1" y="1" width="5" height="5" style="fill:url(#grad)"/><text x="2" y="4">Commit &amp; poll</text></g>' +
        '<path marker-end="url(#m)" d="M0 0"/><use href="#m"/>',
    );
    expect(sanitizeSvg(svg)).toBe(svg);
  });

  it.each([
    ['script elements', '<script>alert(1)</script><g/>', '<g/>'],
    ['script in CDATA', '<script><![CDATA[alert(1)]]></script>', ''],
    [
      'foreignObject with HTML inside',
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
      '',
    ],
    ['iframes, objects and embeds', '<iframe src="https://x"/><object data="x"/><embed src="x"/>', ''],
    ['event-handler attributes', '<rect onclick="alert(1)" ONLOAD="x" width="1"/>', '<rect width="1"/>'],
    [
      'links, keeping what they draw',
      '<a href="https://evil.example"><text>hi</text></a>',
      '<g><text>hi</text></g>',
    ],
    [
      'external hrefs on use',
      '<use href="https://x/sprite.svg#a"/><use xlink:href="other.svg#b"/>',
      '<use/><use/>',
    ],
    ['javascript: hrefs', '<use href="javascript:alert(1)"/>', '<use/>'],
    ['external images', '<image href="https://x/y.png"/>', '<image/>'],
    [
      'external url() in attributes',
      '<rect fill="url(https://x/p.svg#g)" style="filter:url(http://x)"/>',
      '<rect/>',
    ],
    [
      'entity-encoded tricks',
      '<rect style="fill:&#117;rl(https://x)"/><use href="&#106;avascript:x"/>',
      '<rect/><use/>',
    ],
    [
      '@import and external url() in <style>',
      '<style>@import url(https://x.css);.a{background:url(https://x.png)}</style>',
      '<style>.a{background:none}</style>',
    ],
    [
      'comments, doctype and processing instructions',
      '<!-- note --><?xml-stylesheet href="x.css"?><g/>',
      '<g/>',
    ],
    [
      'unknown namespaced attributes',
      '<rect xlink:show="new" ev:event="click" width="2"/>',
      '<rect width="2"/>',
    ],
  ])('removes %s', (_, inner, expected) => {
    expect(sanitizeSvg(wrap(inner))).toBe(wrap(expected));
  });

  it('keeps embedded raster images', () => {
    const inner = '<image href="data:image/png;base64,iVBORw0KGgo="/>';
    expect(sanitizeSvg(wrap(inner))).toBe(wrap(inner));
  });

  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['an attribute without a value', '<svg><rect hidden/></svg>'],
    ['a stray <', '<svg>a < b</svg>'],
  ])('refuses %s instead of passing it through', (_, svg) => {
    expect(() => sanitizeSvg(svg)).toThrow(/sanitizeSvg/);
  });
});
