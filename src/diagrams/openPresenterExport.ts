import { openExportDialog } from './exportDialog.ts';
import { resolveLedgerTheme } from './resolveLedgerTheme.ts';

/** Export the presenter's current frame: the beat's ledger, its caption offered as the caption. */
export function openPresenterExport(beat: HTMLElement, o: { title: string; opener: HTMLElement }): void {
  const ledger = beat.querySelector('svg.ol-ledger');
  if (!ledger) throw new Error('openPresenterExport: this beat has no ledger frame');
  const drawing = new XMLSerializer().serializeToString(ledger);
  const caption = beat.querySelector('.ol-present__caption')?.textContent?.trim() ?? o.title;
  openExportDialog(
    {
      title: caption,
      filename: `${location.pathname.split('/').filter(Boolean).at(-1) ?? 'frame'}-${beat.id}`,
      url: new URL(`#${beat.id}`, location.href).href,
      theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
      drawing: (theme) => resolveLedgerTheme(drawing, theme),
    },
    o.opener,
  );
}
