import { sanitizeSvg } from './sanitizeSvg.ts';

export type ExportTheme = 'light' | 'dark';

export interface ExportSvgOptions {
  theme: ExportTheme;
  /** `solid` paints the theme's background; `transparent` leaves it out (for coloured slides) */
  background: 'solid' | 'transparent';
  /** a line under the picture, e.g. the diagram's title */
  caption?: string | undefined;
  /** the page the picture comes from, printed under the caption */
  url?: string | undefined;
  /** the file's accessible name */
  title?: string | undefined;
}

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Caption colours and the solid background, per theme (the site's surfaces, src/styles/theme.css). */
export const exportColours: Record<ExportTheme, { background: string; text: string; muted: string }> = {
  light: { background: '#ffffff', text: '#0b1f33', muted: '#475569' },
  dark: { background: '#17181c', text: '#eef4fb', muted: '#a3b1c2' },
};

const pad = 24;
const captionSize = 18;
const urlSize = 13;
const font = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/**
 * A standalone SVG file of a drawing (a Mermaid diagram or a simulation frame): sanitised
 * (sanitizeSvg), given a pixel size, a margin, optionally a background and a caption + URL. The
 * drawing is nested as its own `<svg>` so its ids, styles and percentage coordinates keep working.
 */
export function exportSvg(drawing: string, o: ExportSvgOptions): ExportedSvg {
  const clean = sanitizeSvg(drawing);
  const root = /^<svg\b([^>]*)>/.exec(clean);
  if (!root) throw new Error('exportSvg: the drawing is not an <svg> element');
  const attrs = root[1]!;
  const { width, height } = drawingSize(attrs);
  const colours = exportColours[o.theme];
  const inner =
    `<svg x="${pad}" y="${pad}" width="${round(width)}" height="${round(height)}"` +
    attrs.replace(/\s(width|height|x|y|style)="[^"]*"/g, '') +
    '>' +
    clean.slice(root[0].length);

  const contentWidth = Math.max(width, 320);
  const lines = [
    ...wrap(o.caption, captionSize, contentWidth).map((text) => ({
      text,
      size: captionSize,
      fill: colours.text,
    })),
    ...wrap(o.url, urlSize, contentWidth).map((text) => ({ text, size: urlSize, fill: colours.muted })),
  ];
  let y = pad + height + (lines.length ? 16 : 0);
  const text = lines
    .map((line) => {
      y += line.size * 1.35;
      return `<text x="${round(pad + contentWidth / 2)}" y="${round(y - line.size * 0.3)}" text-anchor="middle" font-family='${font}' font-size="${line.size}" fill="${line.fill}">${escapeXml(line.text)}</text>`;
    })
    .join('');

  const outerWidth = round(contentWidth + 2 * pad);
  const outerHeight = round(y + pad);
  const title = o.title ?? o.caption;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${outerWidth}" height="${outerHeight}" viewBox="0 0 ${outerWidth} ${outerHeight}"${title ? ' role="img"' : ''}>` +
    (title ? `<title>${escapeXml(title)}</title>` : '') +
    (o.background === 'solid' ? `<rect width="100%" height="100%" fill="${colours.background}"/>` : '') +
    (width < contentWidth
      ? inner.replace(/^<svg x="\d+(\.\d+)?"/, `<svg x="${round(pad + (contentWidth - width) / 2)}"`)
      : inner) +
    text +
    '</svg>';
  return { svg, width: outerWidth, height: outerHeight };
}

/** The drawing's own size: its viewBox, else numeric width/height attributes. */
function drawingSize(attrs: string): { width: number; height: number } {
  const viewBox = /\sviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(attrs);
  if (viewBox) return { width: Number(viewBox[1]), height: Number(viewBox[2]) };
  const width = /\swidth="([\d.]+)(px)?"/.exec(attrs);
  const height = /\sheight="([\d.]+)(px)?"/.exec(attrs);
  if (width && height) return { width: Number(width[1]), height: Number(height[1]) };
  throw new Error('exportSvg: the drawing needs a viewBox or a pixel width and height');
}

/** Greedy word wrap on an Arial-ish average glyph width; good enough for a caption line or two. */
function wrap(text: string | undefined, size: number, width: number): string[] {
  if (!text?.trim()) return [];
  const perLine = Math.max(12, Math.floor(width / (size * 0.52)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

function round(n: number): number {
  return Math.ceil(n);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
