import monacoCssUrl from '../../node_modules/monaco-editor/min/vs/editor/editor.main.css?url';

let linked: Promise<void> | null = null;

/**
 * Monaco's stylesheet (the package's bundled one, fonts inlined; the ESM build's per-module CSS does
 * not survive Astro's island build complete) as a script-inserted `<link>`: never render-blocking
 * (issue 6 budget), and fetched and parsed while Monaco's script downloads, not inside it.
 */
export function linkMonacoStylesheet(): Promise<void> {
  linked ??= new Promise<void>((resolve) => {
    // the page's head script may have linked it already (monacoHeadScript.ts)
    const early = document.querySelector<HTMLLinkElement>('link[data-monaco]');
    if (early) {
      if (early.sheet) resolve();
      else early.addEventListener('load', () => resolve(), { once: true });
      early.addEventListener('error', () => resolve(), { once: true });
      return;
    }
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = monacoCssUrl;
    link.dataset.monaco = '';
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return linked;
}
