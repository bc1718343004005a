import type { ExportTarget } from './exportDialog.ts';
import type { ExportTheme } from './exportSvg.ts';

/**
 * Reads an export target from a rendered <Diagram> figure: both themed SVGs are already inline, the
 * source sits in its <details>. XMLSerializer, not outerHTML: the file must be XML (`&nbsp;` is not).
 */
export function diagramExportTarget(figure: HTMLElement): ExportTarget {
  const id = figure.dataset.diagramId ?? figure.id;
  const title = figure.querySelector('.ol-diagram__title')?.textContent?.trim() ?? id;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const url = new URL(`#${id}`, canonical);
  const embedPath = figure.dataset.embedPath;
  return {
    embed: embedPath
      ? { src: new URL(embedPath, location.href).href, height: Number(figure.dataset.embedHeight) }
      : undefined,
    title,
    filename: id,
    url: url.href,
    source: figure.querySelector('.ol-diagram__source code')?.textContent ?? undefined,
    theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
    drawing: (theme: ExportTheme) => {
      const svg = figure.querySelector(`.ol-diagram__svg--${theme} svg`);
      if (!svg) throw new Error(`no ${theme} rendering of diagram ${id}`);
      return new XMLSerializer().serializeToString(svg);
    },
  };
}
