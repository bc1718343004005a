import { palette, type Palette } from '../simulation/palette.ts';

/**
 * A ledger drawn with the `css` palette (colours as `var(--…, fallback)`, following the page's theme)
 * with every colour replaced by the light or dark palette's value: what an exported file needs, since
 * it has no page around it. Uses the palette itself, so export and page cannot disagree.
 */
export function resolveLedgerTheme(svg: string, theme: 'light' | 'dark'): string {
  const from = palette('css');
  const to = palette(theme);
  let out = svg;
  for (const key of Object.keys(from) as (keyof Palette)[]) {
    out = out.split(escapeAttr(from[key])).join(to[key]);
  }
  return out;
}

/** The palette strings as they appear inside a serialised attribute (`"Segoe UI"` → `&quot;…`). */
function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
