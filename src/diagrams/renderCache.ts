import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Rendered diagrams survive between builds here; `rm -rf node_modules/.cache` forgets them. */
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'offset-lab-diagrams');

export interface CachedRender {
  /** SVG whose ids all derive from `cachedSvgId` */
  svg: string;
  width: number;
  height: number;
}

/** Same code, same theme config, same renderer version: same SVG. */
export function renderKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export async function readCachedRender(key: string): Promise<CachedRender | undefined> {
  try {
    return JSON.parse(await readFile(join(cacheDir, `${key}.json`), 'utf8')) as CachedRender;
  } catch {
    return undefined;
  }
}

export async function writeCachedRender(key: string, render: CachedRender): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  // Write-then-rename: parallel builds never read half a file.
  const tmp = join(cacheDir, `${key}.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify(render));
  await rename(tmp, join(cacheDir, `${key}.json`));
}
