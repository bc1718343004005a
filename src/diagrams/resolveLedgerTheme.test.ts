import { describe, expect, it } from 'vitest';
import { palette } from '../simulation/palette.ts';
import { resolveLedgerTheme } from './resolveLedgerTheme.ts';

describe('resolveLedgerTheme', () => {
  it.each(['light', 'dark'] as const)('replaces every CSS-variable colour with the %s palette', (theme) => {
    const css = palette('css');
    const svg = `<svg><rect fill="${css.committed}"/><text fill="${css.text}">x</text><rect style="fill:${css.failed}"/></svg>`;
    const out = resolveLedgerTheme(svg, theme);
    expect(out).not.toContain('var(');
    expect(out).toBe(
      `<svg><rect fill="${palette(theme).committed}"/><text fill="${palette(theme).text}">x</text><rect style="fill:${palette(theme).failed}"/></svg>`,
    );
  });
});
