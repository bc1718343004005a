import { dedent } from './dedent.ts';
import { diagramThemeNames, type DiagramTheme } from './diagramThemes.ts';
import { renderMermaid } from './renderMermaid.ts';
import { cachedSvgId, scopeSvgIds } from './scopeSvgIds.ts';
import { withAccessibility } from './withAccessibility.ts';

export interface DiagramInput {
  code: string;
  title: string;
  description?: string | undefined;
}

export interface RenderedDiagram {
  /** the author's Mermaid source, dedented (shown and exported as-is) */
  source: string;
  svg: Record<DiagramTheme, string>;
  width: number;
  height: number;
}

/**
 * Build-time: one diagram in both themes, ids scoped to `id-light` / `id-dark`, exposed to assistive
 * technology as one image (`role="img"` + `<title>`/`<desc>` via accTitle/accDescr).
 */
export async function renderDiagram(input: DiagramInput, id: string): Promise<RenderedDiagram> {
  const source = dedent(input.code);
  const code = withAccessibility(source, input);
  const [light, dark] = await Promise.all(diagramThemeNames.map((theme) => renderMermaid(code, theme)));
  const svg = { light: light!.svg, dark: dark!.svg };
  for (const theme of diagramThemeNames) {
    svg[theme] = asImage(scopeSvgIds(svg[theme], cachedSvgId, `${id}-${theme}`));
  }
  return { source, svg, width: light!.width, height: light!.height };
}

/** Mermaid marks the root `graphics-document document`; a static picture is an image. */
function asImage(svg: string): string {
  return svg.replace(/^<svg([^>]*?) role="[^"]*"/, '<svg$1 role="img"');
}
