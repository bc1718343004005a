import { slugify } from './diagramId.ts';
import { machineTitle } from './machineTitle.ts';
import { statechartHeader } from './statechartHeader.ts';

// Vite-only (Astro pages and components): the committed diagrams, as text.
const files = import.meta.glob<string>('./statecharts/*.mmd', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface StatechartEntry {
  /** machine export name */
  name: string;
  /** diagram id, also its anchor and embed path */
  id: string;
  title: string;
  description: string | undefined;
  source: string;
}

/** Every generated statechart, sorted by machine name. */
export const statecharts: StatechartEntry[] = Object.entries(files)
  .map(([path, source]) => {
    const name = path.replace(/^.*\/(.*)\.mmd$/, '$1');
    const header = statechartHeader(source);
    const title = `${header.title ?? machineTitle(name)} statechart`;
    return {
      name,
      id: `statechart-${slugify(title.replace(/ statechart$/, ''))}`,
      title,
      description: header.description,
      source,
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));
