import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface PreviewServer {
  url: string;
  stop: () => void;
}

/**
 * Serves a built site with `astro preview` and resolves once it answers. `--ignore-lock`: Astro 7 keeps
 * one tracked preview server per project folder and would refuse a second (see playwright.config.ts).
 */
export async function startPreview(dist: string, port: number): Promise<PreviewServer> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built site in ${dist}: run \`npx astro build --outDir ${dist}\` first.`);
  }
  const url = `http://127.0.0.1:${port}`;
  const args = ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist];
  const server = spawn('node_modules/.bin/astro', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = (): void => {
    server.kill();
  };
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (server.exitCode !== null)
      throw new Error(`astro preview exited (code ${server.exitCode}); is port ${port} free?`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`astro preview did not answer on ${url} within a minute.`);
}
