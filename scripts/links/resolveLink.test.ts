import { describe, expect, it } from 'vitest';
import { fileForPath, resolveLink } from './resolveLink.ts';

const origin = 'https://offset-lab.dev';

describe('resolveLink', () => {
  it.each([
    ['/a/', '/x/', { kind: 'internal', path: '/a/', fragment: undefined }],
    ['../b/', '/x/y/', { kind: 'internal', path: '/x/b/', fragment: undefined }],
    ['#why', '/x/', { kind: 'internal', path: '/x/', fragment: 'why' }],
    ['/a/#caf%C3%A9', '/x/', { kind: 'internal', path: '/a/', fragment: 'café' }],
    ['/a/#', '/x/', { kind: 'internal', path: '/a/', fragment: '' }],
    ['/a/?q=1', '/x/', { kind: 'internal', path: '/a/', fragment: undefined }],
    ['/%C3%A9t%C3%A9/', '/x/', { kind: 'internal', path: '/été/', fragment: undefined }],
    [
      'https://offset-lab.dev/social-card.png',
      '/x/',
      { kind: 'internal', path: '/social-card.png', fragment: undefined },
    ],
    ['https://docs.aws.amazon.com/lambda/', '/x/', { kind: 'external' }],
    ['//cdn.example.com/x.js', '/x/', { kind: 'external' }],
    ['mailto:team@example.com', '/x/', { kind: 'external' }],
    ['data:image/png;base64,AAAA', '/x/', { kind: 'external' }],
    ['/pagefind/pagefind.js', '/x/', { kind: 'pagefind' }],
  ])('%s on %s', (url, page, target) => {
    expect(resolveLink(url, page, origin)).toEqual(target);
  });
});

describe('fileForPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/a/b/', 'a/b/index.html'],
    ['/_astro/x.js', '_astro/x.js'],
    ['/a', 'a'],
  ])('%s is served from %s', (path, file) => {
    expect(fileForPath(path)).toBe(file);
  });
});
