import type { APIRoute, GetStaticPaths } from 'astro';
import { presetNames } from '../../../scenarios/presets.ts';
import { presetScenario } from '../../../diagrams/presetScenario.ts';
import { oembedResponse } from '../../../diagrams/embedSnippet.ts';

export const getStaticPaths = (() =>
  presetNames.map((scenario) => ({ params: { scenario } }))) satisfies GetStaticPaths;

/** The oEmbed answer the embed page's discovery link points at (static JSON). */
export const GET: APIRoute = async ({ params, site }) => {
  const scenario = params.scenario as string;
  const origin = site ?? new URL('https://offset-lab.dev');
  const { title } = await presetScenario(scenario);
  const body = oembedResponse({
    src: new URL(`/embed/${scenario}/`, origin).href,
    title,
    width: 720,
    height: 640,
    site: origin.origin,
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json+oembed' },
  });
};
