import { describe, expect, it } from 'vitest';
import { checkSite } from './checkSite.ts';
import { pageLinks } from './pageLinks.ts';

const origin = 'https://x.dev';

/** A tiny built site: page path → HTML, plus the other files it holds. */
function site(pages: Record<string, string>, files: string[] = []) {
  const parsed = new Map(Object.entries(pages).map(([path, html]) => [path, pageLinks(html)]));
  const served = new Set([
    ...files,
    ...Object.keys(pages).map((p) => (p.endsWith('/') ? `${p.slice(1)}index.html` : p.slice(1))),
  ]);
  return checkSite({ pages: parsed, fileExists: (file) => served.has(file), origin });
}

describe('checkSite', () => {
  it.each([
    ['a link to a missing page', { '/': '<a href="/gone/">' }, [], 'nothing is built at /gone/'],
    [
      'a page link without its trailing slash',
      { '/': '<a href="/a"><a href="/a/">', '/a/': '' },
      [],
      'missing trailing slash: use /a/',
    ],
    [
      'a missing fragment',
      { '/': '<a href="/a/#nope">', '/a/': '<h2 id="yes">' },
      [],
      '/a/ has no element with id "nope"',
    ],
    [
      'a missing script',
      { '/': '<script type="module" src="/_astro/x.js"></script>' },
      [],
      'nothing is built at /_astro/x.js',
    ],
    [
      'a missing social card',
      { '/': '<meta property="og:image" content="https://x.dev/card.png">' },
      [],
      'nothing is built at /card.png',
    ],
    ['an orphan page', { '/': '', '/lost/': '' }, [], 'no page links here (is it in src/sidebar.mjs?)'],
    [
      'a canonical URL naming another page',
      { '/': '<link rel="canonical" href="https://x.dev/b/">' },
      [],
      'the canonical URL should be https://x.dev/',
    ],
  ])('reports %s', (_, pages, files, problem) => {
    expect(site(pages, files).problems.map((p) => p.problem)).toEqual([problem]);
  });

  it.each([
    [
      'links, fragments and files that exist',
      { '/': '<a href="/a/#yes"><img src="/i.png">', '/a/': '<h2 id="yes">' },
      ['i.png'],
    ],
    ['#top and a bare #', { '/': '<a href="#top"><a href="#">' }, []],
    [
      'external links and Pagefind',
      { '/': '<a href="https://aws.amazon.com/"><script src="/pagefind/p.js"></script>' },
      [],
    ],
    [
      'a noindex embed and the 404 page nobody links to',
      { '/': '', '/embed/': '<meta name="robots" content="noindex">', '/404.html': '' },
      [],
    ],
    [
      'the 404 page\u2019s canonical /404/',
      { '/': '', '/404.html': '<link rel="canonical" href="https://x.dev/404/">' },
      [],
    ],
  ])('accepts %s', (_, pages, files) => {
    expect(site(pages, files).problems).toEqual([]);
  });

  it('counts the internal links and fragments it checked', () => {
    const report = site({
      '/': '<a href="/a/#yes"><a href="https://aws.amazon.com/">',
      '/a/': '<h2 id="yes">',
    });
    expect([report.checked, report.fragments]).toEqual([1, 1]);
  });
});
