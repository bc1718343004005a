/**
 * Colours of the ledger. On the page they are Starlight's and the theme's CSS variables, so light and
 * dark follow `data-theme`; an exported SVG gets the same values resolved for one theme (kept equal
 * to src/styles/theme.css and Starlight's defaults).
 */
export type LedgerTheme = 'css' | 'light' | 'dark';

export interface Palette {
  text: string;
  muted: string;
  track: string;
  background: string;
  committed: string;
  pending: string;
  inflight: string;
  failed: string;
  filtered: string;
  discarded: string;
}

const LIGHT: Palette = {
  text: '#17181c',
  muted: '#353a42',
  track: '#eceef3',
  background: '#ffffff',
  committed: '#047857',
  pending: '#1d4ed8',
  inflight: '#b45309',
  failed: '#b91c1c',
  filtered: '#64748b',
  discarded: '#7e22ce',
};

const DARK: Palette = {
  text: '#ffffff',
  muted: '#c0c2c7',
  track: '#23262f',
  background: '#17181c',
  committed: '#10b981',
  pending: '#3b82f6',
  inflight: '#f59e0b',
  failed: '#ef4444',
  filtered: '#94a3b8',
  discarded: '#a855f7',
};

const v = (name: string, fallback: string): string => `var(${name}, ${fallback})`;

const CSS: Palette = {
  text: v('--sl-color-white', LIGHT.text),
  muted: v('--sl-color-gray-2', LIGHT.muted),
  track: v('--sl-color-gray-6', LIGHT.track),
  background: v('--sl-color-black', LIGHT.background),
  committed: v('--ol-committed', LIGHT.committed),
  pending: v('--ol-record', LIGHT.pending),
  inflight: v('--ol-inflight', LIGHT.inflight),
  failed: v('--ol-failed', LIGHT.failed),
  filtered: v('--ol-filtered', LIGHT.filtered),
  discarded: v('--ol-discarded', LIGHT.discarded),
};

export function palette(theme: LedgerTheme): Palette {
  return theme === 'light' ? LIGHT : theme === 'dark' ? DARK : CSS;
}
