import type { ExportedSvg } from './exportSvg.ts';

export type PngScale = 2 | 4;

/**
 * Rasterises an exported SVG on a canvas at 2× or 4× its pixel size: exactly
 * `ceil(width × scale)` by `ceil(height × scale)` pixels. Transparent unless the SVG paints a background.
 * Browser only. Labels are SVG text (no foreignObject), so the canvas is never tainted.
 */
export async function exportPng(exported: ExportedSvg, scale: PngScale): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(exported.svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(exported.width * scale);
  canvas.height = Math.ceil(exported.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('exportPng: this browser has no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('exportPng: encoding failed'))),
      'image/png',
    ),
  );
}
