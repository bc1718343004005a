import type { MermaidConfig } from 'mermaid';

/** The two looks every diagram is rendered in; the page shows the one matching Starlight's theme. */
export type DiagramTheme = 'light' | 'dark';
export const diagramThemeNames: readonly DiagramTheme[] = ['light', 'dark'];

/**
 * Arial's metrics everywhere: Chromium measures labels with Liberation Sans (metric-compatible with
 * Arial) at build time, so the boxes fit on any viewer's machine and in slide tools.
 */
export const diagramFont = 'Arial, "Liberation Sans", Helvetica, sans-serif';

// Shared by both themes. `htmlLabels: false` keeps labels as SVG <text> (no <foreignObject>), so
// exported SVGs stay text in Keynote/PowerPoint/Inkscape and PNG export can draw them on a canvas.
// `layout: 'dagre'`: Mermaid 12's default ELK adds 1.4 MB and renders differently (toolchain guide §4).
const common: MermaidConfig = {
  startOnLoad: false,
  layout: 'dagre',
  theme: 'base',
  fontFamily: diagramFont,
  htmlLabels: false,
  flowchart: { htmlLabels: false, curve: 'basis', padding: 16 },
  state: { padding: 12 },
  sequence: { mirrorActors: false },
  securityLevel: 'strict',
};

/** Site palette (src/styles/theme.css): the accent blue and the simulation's committed green. */
export const diagramThemes: Record<DiagramTheme, MermaidConfig> = {
  light: {
    ...common,
    darkMode: false,
    themeVariables: {
      fontFamily: diagramFont,
      fontSize: '16px',
      background: '#ffffff',
      primaryColor: '#e8f1fd',
      primaryBorderColor: '#1d5fb0',
      primaryTextColor: '#0b1f33',
      secondaryColor: '#e6f6ef',
      secondaryBorderColor: '#047857',
      tertiaryColor: '#f4f6f9',
      tertiaryBorderColor: '#94a3b8',
      lineColor: '#334155',
      textColor: '#0b1f33',
      noteBkgColor: '#fff7e0',
      noteBorderColor: '#b45309',
      noteTextColor: '#3b2404',
      edgeLabelBackground: '#ffffff',
    },
  },
  dark: {
    ...common,
    darkMode: true,
    themeVariables: {
      fontFamily: diagramFont,
      fontSize: '16px',
      background: '#17181c',
      primaryColor: '#12304f',
      primaryBorderColor: '#6fb0ff',
      primaryTextColor: '#eef4fb',
      secondaryColor: '#0f3a2c',
      secondaryBorderColor: '#34d399',
      tertiaryColor: '#23262d',
      tertiaryBorderColor: '#64748b',
      lineColor: '#b8c4d4',
      textColor: '#eef4fb',
      noteBkgColor: '#3a2c0c',
      noteBorderColor: '#f59e0b',
      noteTextColor: '#fdf3dc',
      edgeLabelBackground: '#17181c',
    },
  },
};
