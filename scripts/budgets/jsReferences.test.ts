import { describe, expect, it } from 'vitest';
import { jsReferences, resolveSpecifier } from './jsReferences.ts';

describe('jsReferences', () => {
  it.each([
    ['a bare static import', 'import"./a.js";', ['./a.js'], []],
    ['named imports', 'import{t as e,n}from"./a.js";e()', ['./a.js'], []],
    ['a namespace import', 'import*as m from "./a.js"', ['./a.js'], []],
    ['a default import', "import x from './a.js'", ['./a.js'], []],
    ['a re-export', 'export{t as default}from"./a.js";', ['./a.js'], []],
    ['export star', 'export*from"./a.js"', ['./a.js'], []],
    ['a dynamic import', 'const m=await import("./b.js")', [], ['./b.js']],
    ['a template-literal dynamic import', 'import(`./b.js`)', [], ['./b.js']],
    ['a worker', 'new Worker(new URL("/_astro/w.js",import.meta.url),{type:"module"})', [], ['/_astro/w.js']],
    ['a worker by string', 'new Worker("/_astro/w.js")', [], ['/_astro/w.js']],
    [
      "Vite's preload list",
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.css"])))=>i.map(i=>d[i]);',
      [],
      ['/_astro/a.js', '/_astro/b.css'],
    ],
    ['no import in a property name', 'x.import("./no.js");y.importFrom"./no.js"', [], []],
    ['each file once', 'import"./a.js";import"./a.js"', ['./a.js'], []],
  ])('finds %s', (_, code, loadsNow, loadsLater) => {
    expect(jsReferences(code)).toEqual({ loadsNow, loadsLater });
  });
});

describe('resolveSpecifier', () => {
  it.each([
    ['./b.js', '/_astro/a.js', '/_astro/b.js'],
    ['../x/b.js', '/_astro/a.js', '/x/b.js'],
    ['/_astro/b.js', '/guide/', '/_astro/b.js'],
    ['preact', '/_astro/a.js', undefined],
    ['https://cdn.example.com/x.js', '/_astro/a.js', undefined],
    ['//cdn.example.com/x.js', '/_astro/a.js', undefined],
  ])('%s from %s is %s', (specifier, importer, path) => {
    expect(resolveSpecifier(specifier, importer)).toBe(path);
  });
});
