import { describe, expect, it } from 'vitest';
import { pageScripts } from './pageScripts.ts';

describe('pageScripts', () => {
  it.each([
    ['a module script', '<script type="module" src="/_astro/a.js"></script>', [{ file: '/_astro/a.js' }], []],
    ['a classic inline script', '<script>window.x = 1</script>', [{ inline: 'window.x = 1' }], []],
    ['a module preload', '<link rel="modulepreload" href="/_astro/p.js">', [{ file: '/_astro/p.js' }], []],
    ['no JSON data block', '<script type="application/ld+json">{"a":1}</script>', [], []],
    ['no empty inline script', '<script> </script>', [], []],
    [
      'a client:load island, at load',
      '<astro-island client="load" component-url="/_astro/C.js" renderer-url="/_astro/r.js">',
      [{ file: '/_astro/C.js' }, { file: '/_astro/r.js' }],
      [],
    ],
    [
      'a client:visible island, on hydration',
      '<astro-island client="visible" component-url="/_astro/C.js" renderer-url="/_astro/r.js">',
      [],
      [{ file: '/_astro/C.js' }, { file: '/_astro/r.js' }],
    ],
    [
      'a client:idle island, on hydration',
      '<astro-island client="idle" component-url="/_astro/C.js">',
      [],
      [{ file: '/_astro/C.js' }],
    ],
  ])('reads %s', (_, html, atLoad, onHydration) => {
    const scripts = pageScripts(html);
    expect([scripts.atLoad, scripts.onHydration]).toEqual([atLoad, onHydration]);
  });

  it("names islands after Astro's opts", () => {
    const html = `<astro-island client="visible" opts="{&quot;name&quot;:&quot;EsmSimulation&quot;,&quot;value&quot;:true}">`;
    expect(pageScripts(html).islands).toEqual(['EsmSimulation']);
  });
});
