import { initialPlaygroundState } from '../state/initialPlaygroundState.ts';
import { handlerEditorLabel } from '../ui/handlerEditorLabel.ts';
import { linkMonacoStylesheet } from '../ui/linkMonacoStylesheet.ts';
import { prefersPlainEditor } from '../ui/prefersPlainEditor.ts';
import { createMonacoEditor } from './createMonacoEditor.ts';
import type { EditorSurface } from './EditorSurface.ts';

/** The handler's Monaco editor made before the island hydrated, until the island adopts it. */
let early: EditorSurface | null = null;
let claimed = false;

/**
 * Issue 6's 3 s budget: the page's head script calls this as soon as Monaco has evaluated, so the
 * handler's editor appears without waiting for the island (which hydrates on idle, and idle comes
 * late while Monaco evaluates). It takes the place of the server-rendered textarea, with the text the
 * island will open with (a link, the autosave or the default handler), or with what the reader already
 * typed into the textarea, and keeps the reader's cursor and focus. The island's `EditorPane` adopts it
 * (`adoptEarlyHandlerEditor`); once the island has claimed the handler's pane, this does nothing.
 *
 * Preact's hydration leaves it alone: props are not diffed while hydrating, and the Monaco host's
 * children are `dangerouslySetInnerHTML`, which hydration and later renders do not touch.
 */
export async function startHandlerEditorEarly(): Promise<void> {
  if (claimed || early || prefersPlainEditor()) return;
  if (document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  await linkMonacoStylesheet();
  const pane = document.querySelector('[data-editor=handler]');
  const area = pane?.querySelector('textarea');
  const host = pane?.querySelector<HTMLElement>('.pg-monaco-host');
  if (claimed || early || !area || !host) return;

  // the textarea's text differs from the server's once the reader typed (or the island restored)
  const { state } = initialPlaygroundState();
  const text = area.value !== area.defaultValue ? area.value : state.handler;
  host.hidden = false;
  early = createMonacoEditor(host, {
    value: text,
    language: state.language,
    ariaLabel: handlerEditorLabel(state.language),
    replacing: area,
  });
  area.hidden = true;
}

/**
 * The island's handler pane takes the early editor, if there is one; from now on the island owns the
 * pane and no early editor is made.
 */
export function adoptEarlyHandlerEditor(): EditorSurface | null {
  claimed = true;
  const adopted = early;
  early = null;
  return adopted;
}
