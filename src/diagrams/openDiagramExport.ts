import { diagramExportTarget } from './diagramExportTarget.ts';
import { openExportDialog } from './exportDialog.ts';

/** Entry point the <Diagram> export button loads on first click. */
export function openDiagramExport(figure: HTMLElement, opener: HTMLElement): void {
  openExportDialog(diagramExportTarget(figure), opener);
}
