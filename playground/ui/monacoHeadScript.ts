import type { MonacoBuildAssets } from './monacoBuildAssets.ts';

/**
 * The playground's head script (classic, inline, a few hundred bytes): on a desktop it starts Monaco's
 * stylesheet, its editor core and the playground's kit loading while the page is parsed (issue 6's
 * 3 s editor budget). Once the kit has evaluated, it makes the handler's editor at once instead of
 * waiting for the island, which hydrates on idle (earlyHandlerEditor.ts; it does nothing if the island
 * got there first). Touch devices, which keep the plain editor (`prefersPlainEditor`, same test), load
 * none of it. The stylesheet is script-inserted, so it never blocks the first paint; the imports are
 * literal, so the budget check sees them.
 */
export function monacoHeadScript(assets: MonacoBuildAssets): string | null {
  if (assets.modules.length === 0 && !assets.kit && !assets.stylesheet) return null;
  const css = assets.stylesheet
    ? `var l=document.createElement('link');l.rel='stylesheet';l.href=${JSON.stringify(assets.stylesheet)};l.dataset.monaco='';document.head.append(l);`
    : '';
  const imports = assets.modules.map((m) => `import(${JSON.stringify(m)}).catch(function(){});`).join('');
  const kit = assets.kit
    ? `import(${JSON.stringify(assets.kit)}).then(function(k){k.startHandlerEditorEarly()}).catch(function(){});`
    : '';
  return `if(!(matchMedia('(pointer: coarse)').matches&&!matchMedia('(any-pointer: fine)').matches)){${css}${imports}${kit}}`;
}
