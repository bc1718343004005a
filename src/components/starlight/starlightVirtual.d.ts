// Types for the modules Starlight's own Search.astro uses, which Starlight does not publish: the
// override reads the same configuration Starlight would (virtual modules from Starlight's Vite plugin,
// node_modules/@astrojs/starlight/dist/integrations/vite-virtual-modules.js).

declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore' };
  export default project;
}

declare module 'virtual:starlight/pagefind-config' {
  /** Starlight's `pagefind` option (ranking weights, merged indexes), passed on to Pagefind's UI. */
  export const pagefindUserConfig: Record<string, unknown>;
}

// Pagefind's UI ships no types (Starlight silences the import with @ts-expect-error).
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
