import monacoCssUrl from '../../node_modules/monaco-editor/min/vs/editor/editor.main.css?url';

let linked: Promise<void> | null = null;

/**
 * Monaco's stylesheet (the package's bundled one, fonts inlined; the ESM build's per-module CSS does
 * not survive Astro's island build complete) as a script-inserted `<link>`: never render-blocking
 * (issue 6 budget), and fetched and parsed while Monaco's script downloads, not inside it.
 */
export function linkMonacoStylesheet(): Promise<void> {
  linked ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = monacoCssUrl;
    link.dataset.monaco = '';
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return linked;
}
