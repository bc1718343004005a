import { describe, expect, it } from 'vitest';
import { decodeEntities, tags } from './tags.ts';

describe('tags', () => {
  it.each([
    ['a plain link', '<a href="/a/">A</a>', [{ name: 'a', attrs: { href: '/a/' } }]],
    [
      'single, bare and valueless attributes',
      `<input type=text value='x' disabled>`,
      [{ name: 'input', attrs: { type: 'text', value: 'x', disabled: '' } }],
    ],
    [
      'a > inside a quoted value',
      '<a title="1 > 0" href="/b/">',
      [{ name: 'a', attrs: { title: '1 > 0', href: '/b/' } }],
    ],
    ['upper-case names', '<A HREF="/c/">', [{ name: 'a', attrs: { href: '/c/' } }]],
    ['entities in values', '<a href="/d/?x=1&amp;y=2">', [{ name: 'a', attrs: { href: '/d/?x=1&y=2' } }]],
    ['nothing inside a comment', '<!-- <a href="/gone/"> -->', []],
    ['a self-closing tag', '<img src="/i.png"/>', [{ name: 'img', attrs: { src: '/i.png' } }]],
  ])('reads %s', (_, html, expected) => {
    expect(tags(html)).toEqual(expected);
  });

  it('keeps script text and finds no tags inside it', () => {
    const html =
      '<script type="module">document.body.innerHTML = `<a href="/not-a-link/">`;</script><p id="x">';
    expect(tags(html)).toEqual([
      {
        name: 'script',
        attrs: { type: 'module' },
        text: 'document.body.innerHTML = `<a href="/not-a-link/">`;',
      },
      { name: 'p', attrs: { id: 'x' } },
    ]);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&#39;', `&<>"'`],
    ['&#x2F;a&#47;', '/a/'],
    ['&unknown; stays', '&unknown; stays'],
  ])('decodes %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});
