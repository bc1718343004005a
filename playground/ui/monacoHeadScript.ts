import type { MonacoBuildAssets } from './monacoBuildAssets.ts';

/**
 * The playground's head script (classic, inline, a few hundred bytes): on a desktop it starts Monaco's
 * stylesheet and its two big chunks loading while the page is parsed (issue 6's 3 s editor budget),
 * so they are compiled by the time the island hydrates and asks for them. Touch devices, which keep the
 * plain editor (`prefersPlainEditor`, same test), load none of it. The stylesheet is script-inserted,
 * so it never blocks the first paint; the imports are literal, so the budget check sees them.
 */
export function monacoHeadScript(assets: MonacoBuildAssets): string | null {
  if (assets.modules.length === 0 && !assets.stylesheet) return null;
  const css = assets.stylesheet
    ? `var l=document.createElement('link');l.rel='stylesheet';l.href=${JSON.stringify(assets.stylesheet)};l.dataset.monaco='';document.head.append(l);`
    : '';
  const imports = assets.modules.map((m) => `import(${JSON.stringify(m)}).catch(function(){});`).join('');
  return `if(!(matchMedia('(pointer: coarse)').matches&&!matchMedia('(any-pointer: fine)').matches)){${css}${imports}}`;
}
