import type { LedgerSnapshot } from '../simulation/LedgerSnapshot.ts';
import { renderLedgerSvg } from '../simulation/renderLedgerSvg.ts';
import { formatTime } from '../simulation/formatTime.ts';
import { openExportDialog } from './exportDialog.ts';
import { slugify } from './diagramId.ts';

/**
 * Export dialog for one simulation frame (the ledger at the cursor). For the simulation island's
 * "Export" button; load it on click so article pages do not pay for it:
 *
 *   const { openFrameExport } = await import('../../diagrams/openFrameExport.ts');
 *   openFrameExport(snapshot, { title, opener: event.currentTarget });
 */
export function openFrameExport(
  snapshot: LedgerSnapshot,
  o: { title: string; opener?: HTMLElement; anchor?: string },
): void {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  openExportDialog(
    {
      title: `${o.title} at ${formatTime(snapshot.t)}`,
      filename: `${slugify(o.title)}-${Math.round(snapshot.t)}ms`,
      url: new URL(o.anchor ? `#${o.anchor}` : '', canonical).href,
      theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
      drawing: (theme) => renderLedgerSvg(snapshot, { theme }),
    },
    o.opener,
  );
}
