import { exportDialogStyles } from './exportDialogStyles.ts';
import { exportPng, type PngScale } from './exportPng.ts';
import { exportSvg, type ExportSvgOptions, type ExportTheme } from './exportSvg.ts';
import { saveFile } from './saveFile.ts';
import { embedSnippet } from './embedSnippet.ts';

/** Anything that can be exported: a Mermaid diagram or a simulation frame. */
export interface ExportTarget {
  /** shown in the dialog and offered as the caption */
  title: string;
  /** file name without extension */
  filename: string;
  /** the drawing as SVG markup in a theme, e.g. `(theme) => renderLedgerSvg(snapshot, { theme })` */
  drawing: (theme: ExportTheme) => string;
  /** Mermaid source, for diagrams */
  source?: string | undefined;
  /** the page (or anchor) the picture comes from */
  url: string;
  theme: ExportTheme;
  /** the embed page of this picture, for "Copy embed code" */
  embed?: { src: string; height: number } | undefined;
}

/**
 * Opens the export dialog for a target (browser only, loaded on first use). Focus goes into the
 * modal `<dialog>` and back to `opener` when it closes.
 */
export function openExportDialog(target: ExportTarget, opener?: HTMLElement): HTMLDialogElement {
  if (!document.getElementById('ol-export-styles')) {
    const style = Object.assign(document.createElement('style'), {
      id: 'ol-export-styles',
      textContent: exportDialogStyles,
    });
    document.head.append(style);
  }
  const dialog = document.createElement('dialog');
  dialog.className = 'ol-export not-content';
  dialog.setAttribute('aria-labelledby', 'ol-export-heading');
  dialog.innerHTML = dialogMarkup(target);
  document.body.append(dialog);
  const form = dialog.querySelector('form')!;
  const status = dialog.querySelector<HTMLElement>('.ol-export__status')!;
  const preview = dialog.querySelector<HTMLImageElement>('.ol-export__preview img')!;

  const options = (): ExportSvgOptions => {
    const data = new FormData(form);
    return {
      theme: data.get('theme') === 'dark' ? 'dark' : 'light',
      background: data.get('background') === 'transparent' ? 'transparent' : 'solid',
      caption: data.get('withCaption') ? String(data.get('caption') ?? '') : undefined,
      url: data.get('withUrl') ? target.url : undefined,
      title: target.title,
    };
  };
  const render = () => exportSvg(target.drawing(options().theme), options());
  const refresh = () => {
    try {
      preview.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(render().svg)}`;
      status.textContent = '';
    } catch (error) {
      status.textContent = `Cannot export this picture: ${(error as Error).message}`;
    }
  };
  form.addEventListener('input', refresh);
  form.addEventListener('submit', (event) => event.preventDefault());
  dialog.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action!;
    if (action === 'close') return dialog.close();
    try {
      const { theme } = options();
      const name = `${target.filename}-${theme}`;
      if (action === 'svg') saveFile(render().svg, `${name}.svg`, 'image/svg+xml');
      if (action === 'png2' || action === 'png4') {
        const scale: PngScale = action === 'png2' ? 2 : 4;
        saveFile(await exportPng(render(), scale), `${name}@${scale}x.png`);
      }
      if (action === 'source' && target.source) saveFile(target.source, `${target.filename}.mmd`);
      if (action === 'copy' && target.source) await navigator.clipboard.writeText(target.source);
      if (action === 'embed' && target.embed) {
        const src = `${target.embed.src}?theme=${theme}`;
        await navigator.clipboard.writeText(
          embedSnippet({ src, title: target.title, height: target.embed.height }),
        );
      }
      status.textContent =
        { copy: 'Mermaid source copied.', embed: 'Embed code copied.' }[action] ?? 'Download started.';
    } catch (error) {
      status.textContent = `Export failed: ${(error as Error).message}`;
    }
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  refresh();
  dialog.showModal();
  return dialog;
}

function dialogMarkup(target: ExportTarget): string {
  const checked = (on: boolean) => (on ? ' checked' : '');
  const embedButton = target.embed
    ? '<button type="button" data-action="embed">Copy embed code</button>'
    : '';
  const sourceButtons = target.source
    ? '<button type="button" data-action="source">Mermaid source (.mmd)</button><button type="button" data-action="copy">Copy Mermaid source</button>'
    : '';
  return `<form method="dialog">
  <h2 id="ol-export-heading">Export “${escapeHtml(target.title)}”</h2>
  <div class="ol-export__preview"><img alt="Preview of the exported picture"></div>
  <fieldset><legend>Theme</legend>
    <label><input type="radio" name="theme" value="light"${checked(target.theme === 'light')}> Light</label>
    <label><input type="radio" name="theme" value="dark"${checked(target.theme === 'dark')}> Dark</label></fieldset>
  <fieldset><legend>Background</legend>
    <label><input type="radio" name="background" value="solid" checked> Solid</label>
    <label><input type="radio" name="background" value="transparent"> Transparent</label></fieldset>
  <fieldset><legend>Text under the picture</legend>
    <label><input type="checkbox" name="withCaption"> Caption</label>
    <input type="text" name="caption" aria-label="Caption" value="${escapeHtml(target.title)}">
    <label><input type="checkbox" name="withUrl"> Page URL</label></fieldset>
  <div class="ol-export__actions">
    <button type="button" class="ol-export__primary" data-action="svg">SVG</button>
    <button type="button" data-action="png2">PNG 2×</button>
    <button type="button" data-action="png4">PNG 4×</button>${sourceButtons}${embedButton}
  </div>
  <p class="ol-export__status" role="status"></p>
  <button type="button" class="ol-export__close" data-action="close">Close</button>
</form>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
