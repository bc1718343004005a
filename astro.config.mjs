// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { sidebar } from './src/sidebar.mjs';
import { chunkOrigins } from './scripts/budgets/chunkOrigins.ts';
import { monacoCodeSplittingGroups } from './playground/editor/monacoChunkGroups.ts';
import { slimMonacoWorkers } from './playground/editor/slimMonacoWorkers.ts';

// Records what each JavaScript chunk is made of, for the page budget check (scripts/check-budgets.ts).
const origins = chunkOrigins();

// Articles live in the top-level `content/docs` (brief: top-level `content/`). Starlight's
// docsLoader() hard-codes `src/content/docs`, so we use a glob loader (src/content.config.ts) and must
// list the folder in Starlight's `markdown.processedDirs`, or asides and heading anchors are silently
// skipped (toolchain guide §3). It is a Starlight option: Astro's own `markdown` has no such key.
export default defineConfig({
  site: 'https://offset-lab.dev',
  trailingSlash: 'always',
  // Starlight turns on prefetching of every link (`prefetchAll`), which costs each page 1.1 KB gz of
  // JavaScript at load. The page budget (any page ≤ 8 KB gz at load, issue 2) has no room for it once
  // Starlight's own scripts, code blocks and tabs are counted, and our pages are small static files.
  prefetch: false,
  vite: {
    plugins: [origins.plugin, slimMonacoWorkers()],
    // The dev server pre-bundles Monaco with its own bundler, which the plugins above do not reach.
    optimizeDeps: {
      rolldownOptions: { plugins: [slimMonacoWorkers()] },
      // Astro's dependency scan starts from src/ only; the playground's modules (yaml, fflate, Monaco's
      // entry points) were found on the first visit instead, and the dev server reloaded the page twice.
      entries: [
        'playground/**/*.{ts,tsx}',
        '!playground/**/*.test.ts',
        '!playground/formats/testFixtures.ts',
        '!playground/editor/slimMonacoWorkers.ts',
        '!playground/ui/monacoBuildAssets.ts',
      ],
    },
    worker: { plugins: () => [origins.workerPlugin()] },
    // Monaco's editor core in layer chunks parsed in parallel (playground only; monacoChunkGroups.ts).
    build: {
      // Monaco's TypeScript worker (6.9 MB) and editor core exceed Vite's 500 kB hint by design; they load
      // on the playground only, and the page budget check (scripts/check-budgets.ts) guards every page.
      chunkSizeWarningLimit: 8000,
      rolldownOptions: {
        output: { codeSplitting: { groups: monacoCodeSplittingGroups() } },
        // Astro marks every MDX page's propagated assets with a "use astro:head-inject" directive that
        // rolldown warns it may drop: eleven ten-line warnings per build that say nothing about this
        // project (withastro/astro#18087, open, "triage: fix verified"). Only that warning is dropped.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    starlight({
      // Expressive Code's copy button ships 1.2 KB gz of JavaScript at load on every page with code;
      // without it, article pages with a simulation stay inside issue 2's 8 KB-at-load budget.
      expressiveCode: { frames: { showCopyToClipboardButton: false } },
      title: 'Offset Lab',
      description:
        'How AWS Lambda event source mappings consume Apache Kafka and manage offsets, with live, deterministic simulations.',
      logo: { src: './src/assets/logo.svg', replacesTitle: false },
      favicon: '/favicon.svg',
      head: [
        // The link-preview card, drawn by scripts/social-card.ts.
        { tag: 'meta', attrs: { property: 'og:image', content: 'https://offset-lab.dev/social-card.png' } },
        { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
        { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
        {
          tag: 'meta',
          attrs: {
            property: 'og:image:alt',
            content: 'Offset Lab: three Kafka partitions with committed, in-flight and failed records',
          },
        },
        { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
      ],
      social: [],
      markdown: { processedDirs: ['./content/docs'] },
      customCss: ['./src/styles/theme.css'],
      // Starlight's search, with Pagefind's UI built when someone opens it rather than on every page load
      // (issue 2: Lighthouse performance ≥ 98 on articles).
      components: { Search: './src/components/starlight/Search.astro' },
      sidebar,
      lastUpdated: false,
      pagination: true,
    }),
    preact(),
  ],
});
