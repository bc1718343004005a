import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditorMarker, EditorSurface } from '../editor/EditorSurface.ts';
import { afterPaintWhenIdle, SETTLE_MS } from '../editor/afterPaintWhenIdle.ts';
import { loadMonacoEditors } from './loadEditorKit.ts';

/** Monaco's host: its children are Monaco's, and neither hydration nor a re-render touches them. */
const MONACO_OWNS = { __html: '' };

export interface EditorHandle {
  revealLine(line: number): void;
}

interface Props {
  id: string;
  label: string;
  value: string;
  language: 'typescript' | 'javascript' | 'yaml';
  markers: EditorMarker[];
  onChange(text: string): void;
  /** changes when `value` was replaced from outside the editor: only then is it loaded into Monaco */
  revision: number;
  /** swap the plain editor for Monaco (once) */
  monaco: boolean;
  handle?: { current: EditorHandle | null };
}

/**
 * One editor pane: a plain `<textarea>` (server-rendered, usable at once and on touch devices) that
 * becomes Monaco when `monaco` turns true. Markers show in Monaco's gutter, or as a list of
 * line-numbered problems under the textarea.
 */
export function EditorPane(p: Props) {
  const host = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const surface = useRef<EditorSurface | null>(null);
  const latest = useRef(p);
  latest.current = p;
  const [mode, setMode] = useState<'plain' | 'loading' | 'monaco'>('plain');

  const selectLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const lines = el.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  };
  const revealLine = (line: number) =>
    surface.current ? surface.current.revealLine(line) : selectLine(line);
  if (p.handle) p.handle.current = { revealLine };

  // The textarea is server-rendered and typeable before the island hydrates, but hydration puts the
  // server's text back into it (Preact sets a textarea's value even while hydrating). What the reader
  // typed, and where, is read before that happens and becomes the editor's text.
  const [typedEarly] = useState(() => readTypedEarly(`${p.id}-text`));
  useEffect(() => {
    const el = area.current;
    if (!typedEarly || !el) return;
    el.value = typedEarly.text;
    el.setSelectionRange(typedEarly.start, typedEarly.end);
    latest.current.onChange(typedEarly.text);
  }, []);

  // The head script made the handler's editor before the island hydrated (earlyHandlerEditor.ts),
  // with the text the island restores: if the two differ, the reader typed into it, and that wins.
  const adoptEarly = (early: EditorSurface | null): EditorSurface | null => {
    if (early && early.getValue() !== latest.current.value) latest.current.onChange(early.getValue());
    return early;
  };
  useEffect(() => {
    if (!p.monaco || mode !== 'plain') return;
    setMode('loading');
    // The handler's editor is created first; the others wait until it has painted and the page is
    // idle, so the editor the reader types into takes keystrokes at once (issue 6's 3 s budget).
    void loadMonacoEditors().then(async (kit) => {
      if (latest.current.id !== 'handler') await afterPaintWhenIdle(1000, SETTLE_MS);
      if (!host.current) return;
      const s = latest.current.id === 'handler' ? adoptEarly(kit.adoptEarlyHandlerEditor()) : null;
      surface.current =
        s ??
        kit.createMonacoEditor(host.current, {
          value: latest.current.value,
          language: latest.current.language,
          ariaLabel: latest.current.label,
          replacing: area.current,
        });
      surface.current.onChange((text) => latest.current.onChange(text));
      surface.current.setMarkers('playground', latest.current.markers);
      setMode('monaco');
    });
  }, [p.monaco]);
  useEffect(() => () => surface.current?.dispose(), []);
  useEffect(() => surface.current?.setValue(latest.current.value), [p.revision]);
  useEffect(() => surface.current?.setMarkers('playground', p.markers), [p.markers]);
  useEffect(() => surface.current?.setLanguage(p.language), [p.language]);

  const errorId = `${p.id}-problems`;
  return (
    <div class="pg-editor not-content" data-editor={p.id} data-mode={mode}>
      <div
        ref={host}
        class="pg-monaco-host"
        hidden={mode !== 'monaco'}
        dangerouslySetInnerHTML={MONACO_OWNS}
      />
      {mode !== 'monaco' && (
        <textarea
          ref={area}
          id={`${p.id}-text`}
          class="pg-textarea"
          aria-label={p.label}
          aria-describedby={p.markers.length ? errorId : undefined}
          spellcheck={false}
          autocapitalize="off"
          autocomplete="off"
          value={p.value}
          onInput={(e) => p.onChange(e.currentTarget.value)}
        />
      )}
      {p.markers.length > 0 && (
        <ul id={errorId} class="pg-problems">
          {p.markers.map((m) => (
            <li key={`${m.line}:${m.message}`}>
              <button type="button" class={`pg-problem pg-${m.severity}`} onClick={() => revealLine(m.line)}>
                Line {m.line}: {m.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The server-rendered textarea's text and selection, when the reader changed it before hydration. */
function readTypedEarly(id: string): { text: string; start: number; end: number } | null {
  if (typeof document === 'undefined') return null;
  const el = document.getElementById(id);
  // `defaultValue` is the server's text
  if (!(el instanceof HTMLTextAreaElement) || el.value === el.defaultValue) return null;
  return { text: el.value, start: el.selectionStart, end: el.selectionEnd };
}
