import type { APIRoute, GetStaticPaths } from 'astro';
import { embeddableDiagrams, type EmbeddableDiagram } from '../../../../diagrams/embeddableDiagrams.ts';
import { diagramEmbedHeight, oembedResponse } from '../../../../diagrams/embedSnippet.ts';
import { renderDiagram } from '../../../../diagrams/renderDiagram.ts';

export const getStaticPaths = (async () =>
  (await embeddableDiagrams()).map((diagram) => ({
    params: { id: diagram.id },
    props: { diagram },
  }))) satisfies GetStaticPaths;

/** The oEmbed answer the embed page's discovery link points at (static JSON). */
export const GET: APIRoute = async ({ props, site }) => {
  const { diagram } = props as { diagram: EmbeddableDiagram };
  const origin = site ?? new URL('https://offset-lab.dev');
  const size = await renderDiagram(diagram, diagram.id);
  const body = oembedResponse({
    src: new URL(`/embed/diagram/${diagram.id}/`, origin).href,
    title: diagram.title,
    width: 720,
    height: diagramEmbedHeight(size),
    site: origin.origin,
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json+oembed' },
  });
};
