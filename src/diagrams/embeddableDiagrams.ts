import { getCollection } from 'astro:content';
import { uniqueDiagramId } from './diagramId.ts';
import { findDiagramsInMdx } from './findDiagramsInMdx.ts';
import { statecharts } from './statechartList.ts';

export interface EmbeddableDiagram {
  id: string;
  code: string;
  title: string;
  description: string | undefined;
  /** the page the diagram appears on, e.g. `/explanation/offset-management/` */
  page: string;
}

/**
 * Every diagram that gets `/embed/diagram/<id>/`: the article diagrams with literal props (same ids
 * as on their page, see uniqueDiagramId) and the generated statecharts. An id used on two pages
 * keeps its first page (articles in id order, then statecharts).
 */
let cached: Promise<EmbeddableDiagram[]> | undefined;

export function embeddableDiagrams(): Promise<EmbeddableDiagram[]> {
  return (cached ??= collect());
}

async function collect(): Promise<EmbeddableDiagram[]> {
  const byId = new Map<string, EmbeddableDiagram>();
  const docs = (await getCollection('docs')).sort((a, b) => a.id.localeCompare(b.id));
  for (const entry of docs) {
    const page = entry.id === 'index' ? '/' : `/${entry.id}/`;
    const pageKey = {};
    for (const d of findDiagramsInMdx(entry.body ?? '').diagrams) {
      const id = uniqueDiagramId(pageKey, d.id ?? d.title);
      if (!byId.has(id)) byId.set(id, { id, code: d.code, title: d.title, description: d.description, page });
    }
  }
  for (const chart of statecharts) {
    if (byId.has(chart.id)) continue;
    byId.set(chart.id, {
      id: chart.id,
      code: chart.source,
      title: chart.title,
      description: chart.description,
      page: '/reference/statecharts/',
    });
  }
  return [...byId.values()];
}
