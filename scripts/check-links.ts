// The internal link and anchor check over the built site: `node scripts/check-links.ts [dist]`.
// Every href/src to our own pages and files, and every #fragment, must resolve; every page must be
// reachable from the landing page. External links and Pagefind's on-demand files are not checked.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './builtPages.ts';
import type { PageLinks } from './links/pageLinks.ts';
import { pageLinks } from './links/pageLinks.ts';
import { checkSite } from './links/checkSite.ts';

const dist = process.argv[2] ?? distDir;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npx astro build --outDir ${dist}\` first.`);
  process.exit(1);
}

const pages = new Map<string, PageLinks>();
for (const { file, path } of builtPages(dist)) pages.set(path, pageLinks(readFileSync(file, 'utf8')));
const canonical = pages.get('/')?.canonical;
const origin = canonical ? new URL(canonical).origin : 'http://site.invalid';

const fileExists = (file: string): boolean => {
  const full = join(dist, file);
  return existsSync(full) && statSync(full).isFile();
};
const { problems, checked, fragments } = checkSite({ pages, fileExists, origin });

for (const { page, url, problem } of problems) console.log(`✘ ${page} → ${url}: ${problem}`);
console.log(
  `${pages.size} pages, ${checked} internal links (${fragments} with a #fragment): ` +
    `${problems.length ? `${problems.length} broken` : 'all resolve'}`,
);
process.exit(problems.length ? 1 : 0);
