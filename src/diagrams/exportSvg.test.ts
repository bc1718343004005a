import { describe, expect, it } from 'vitest';
import { exportColours, exportSvg } from './exportSvg.ts';

const mermaidLike =
  '<svg id="d-light" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 200px;" viewBox="0 0 200 100" role="img">' +
  '<style>#d-light .node{fill:#fff}</style><g class="node" onclick="x()"><rect width="10" height="10"/></g><script>x()</script></svg>';
const ledgerLike =
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="150" font-size="12"><rect x="10%" width="50%" height="20"/></svg>';

describe('exportSvg', () => {
  it('gives the file a pixel size: the drawing plus a 24px margin', () => {
    const out = exportSvg(mermaidLike, { theme: 'light', background: 'transparent' });
    expect([out.width, out.height]).toEqual([368, 148]); // width at least 320 so captions fit
    expect(out.svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="368" height="148" viewBox="0 0 368 148"/,
    );
  });

  it('nests the drawing with its own id and viewBox, so its styles and % coordinates still apply', () => {
    const out = exportSvg(mermaidLike, { theme: 'light', background: 'transparent' });
    expect(out.svg).toContain(
      '<svg x="84" y="24" width="200" height="100" id="d-light" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" role="img"><style>#d-light',
    );
    const ledger = exportSvg(ledgerLike, { theme: 'dark', background: 'solid' });
    expect([ledger.width, ledger.height]).toEqual([848, 198]);
    expect(ledger.svg).toContain(
      '<svg x="24" y="24" width="800" height="150" xmlns="http://www.w3.org/2000/svg" font-size="12"><rect x="10%"',
    );
  });

  it('strips scripts and event handlers on the way', () => {
    const { svg } = exportSvg(mermaidLike, { theme: 'dark', background: 'solid' });
    expect(svg).not.toMatch(/<script|\son\w+=/i);
  });

  it.each([
    ['solid', true],
    ['transparent', false],
  ] as const)('paints the theme background only when %s', (background, painted) => {
    for (const theme of ['light', 'dark'] as const) {
      const { svg } = exportSvg(ledgerLike, { theme, background });
      expect(
        svg.includes(`<rect width="100%" height="100%" fill="${exportColours[theme].background}"/>`),
      ).toBe(painted);
    }
  });

  it('adds an escaped caption and the page URL below the drawing, and grows to fit them', () => {
    const plain = exportSvg(ledgerLike, { theme: 'light', background: 'solid' });
    const out = exportSvg(ledgerLike, {
      theme: 'light',
      background: 'solid',
      caption: 'Retries <until> the record expires & more',
      url: 'https://offset-lab.dev/explanation/errors-and-retries/',
    });
    expect(out.svg).toContain('>Retries &lt;until&gt; the record expires &amp; more</text>');
    expect(out.svg).toContain('>https://offset-lab.dev/explanation/errors-and-retries/</text>');
    expect(out.svg).toContain('<title>Retries &lt;until&gt; the record expires &amp; more</title>');
    expect(out.height).toBeGreaterThan(plain.height + 30);
    expect(out.width).toBe(plain.width);
  });

  it('refuses something that is not an SVG drawing', () => {
    expect(() => exportSvg('<g/>', { theme: 'light', background: 'solid' })).toThrow(/not an <svg>/);
    expect(() => exportSvg('<svg width="100%"></svg>', { theme: 'light', background: 'solid' })).toThrow(
      /viewBox/,
    );
  });
});
