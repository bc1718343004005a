import { describe, expect, it } from 'vitest';
import { pageLinks, srcsetUrls } from './pageLinks.ts';

describe('pageLinks', () => {
  it.each([
    ['an anchor', '<a href="/a/#b">', [{ tag: 'a', attr: 'href', url: '/a/#b' }]],
    [
      'a script and a stylesheet',
      '<script src="/_astro/x.js"></script><link rel="stylesheet" href="/s.css">',
      [
        { tag: 'script', attr: 'src', url: '/_astro/x.js' },
        { tag: 'link', attr: 'href', url: '/s.css' },
      ],
    ],
    [
      'an island and its renderer',
      '<astro-island component-url="/_astro/C.js" renderer-url="/_astro/client.js">',
      [
        { tag: 'astro-island', attr: 'component-url', url: '/_astro/C.js' },
        { tag: 'astro-island', attr: 'renderer-url', url: '/_astro/client.js' },
      ],
    ],
    [
      'every srcset candidate',
      '<img srcset="/a.png 1x, /b.png 2x">',
      [
        { tag: 'img', attr: 'srcset', url: '/a.png' },
        { tag: 'img', attr: 'srcset', url: '/b.png' },
      ],
    ],
    [
      'the social card',
      '<meta property="og:image" content="https://x.dev/card.png">',
      [{ tag: 'meta', attr: 'content (og:image)', url: 'https://x.dev/card.png' }],
    ],
    [
      'no empty href, no <base>, no canonical',
      '<a href=""><base href="/"><link rel="canonical" href="https://x.dev/">',
      [],
    ],
  ])('finds %s', (_, html, links) => {
    expect(pageLinks(html).links).toEqual(links);
  });

  it('collects ids and named anchors as fragment targets', () => {
    const { ids } = pageLinks('<h2 id="why">Why</h2><a name="legacy"></a><div name="not-an-anchor">');
    expect([...ids]).toEqual(['why', 'legacy']);
  });

  it.each([
    ['<meta name="robots" content="noindex, nofollow">', true],
    ['<meta name="robots" content="index">', false],
    ['', false],
  ])('reads noindex from %j', (html, noindex) => {
    expect(pageLinks(html).noindex).toBe(noindex);
  });

  it('reads the canonical URL', () => {
    expect(pageLinks('<link rel="canonical" href="https://x.dev/a/">').canonical).toBe('https://x.dev/a/');
  });
});

describe('srcsetUrls', () => {
  it.each([
    ['/a.png', ['/a.png']],
    [' /a.png 480w , /b.png 800w ', ['/a.png', '/b.png']],
    ['', []],
  ])('splits %j', (srcset, urls) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });
});
