import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chunkOriginsFile } from './chunkOrigins.ts';
import type { ChunkOrigins } from './chunkOrigins.ts';
import type { Origins } from './origins.ts';

/** The build's chunk record plus Starlight's component sources, or undefined when the build has none. */
export function loadOrigins(dist: string): Origins | undefined {
  const recordFile = join(dist, chunkOriginsFile);
  if (!existsSync(recordFile)) return undefined;
  const chunks = JSON.parse(readFileSync(recordFile, 'utf8')) as ChunkOrigins;
  const starlightDir = 'node_modules/@astrojs/starlight';
  const starlightSources = readdirSync(starlightDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => readFileSync(join(starlightDir, file), 'utf8'))
    .join('\n');
  return { chunks, starlightSources };
}

/** Reads a built file by site path (`/_astro/x.js`), or undefined when there is none. */
export function siteFileReader(dist: string): (path: string) => string | undefined {
  return (path) => {
    const file = join(dist, path);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  };
}
