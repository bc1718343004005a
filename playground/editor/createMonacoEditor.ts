import type { EditorMarker, EditorSurface } from './EditorSurface.ts';
import { handlerModel, type HandlerLanguage } from './handlerModel.ts';
import { openLanguageWorkerGateWhenIdle } from './languageWorkerGate.ts';
import { monaco } from './monaco.ts';

export interface MonacoEditorOptions {
  value: string;
  language: HandlerLanguage | 'yaml';
  ariaLabel: string;
  /** the plain editor Monaco takes the place of: a reader typing there carries on where they were */
  replacing?: HTMLTextAreaElement | null;
}

const SCENARIO_URI = 'file:///scenario.yaml';

function modelFor(language: MonacoEditorOptions['language'], text: string): monaco.editor.ITextModel {
  if (language !== 'yaml') return handlerModel(language, text);
  const uri = monaco.Uri.parse(SCENARIO_URI);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(text, 'yaml', uri);
  if (model.getValue() !== text) model.setValue(text);
  return model;
}

/** A Monaco editor behind the playground's `EditorSurface`. */
export function createMonacoEditor(host: HTMLElement, options: MonacoEditorOptions): EditorSurface {
  const editor = monaco.editor.create(host, {
    model: modelFor(options.language, options.value),
    ariaLabel: options.ariaLabel,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    tabSize: 2,
    fixedOverflowWidgets: true,
    renderLineHighlight: 'line',
    padding: { top: 8 },
  });
  const plain = options.replacing;
  if (plain && document.activeElement === plain) {
    const model = editor.getModel()!;
    const start = model.getPositionAt(plain.selectionStart);
    const end = model.getPositionAt(plain.selectionEnd);
    editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
    requestAnimationFrame(() => editor.focus());
  }
  openLanguageWorkerGateWhenIdle();
  const listeners: ((text: string) => void)[] = [];
  let muted = false;
  const subscribe = (model: monaco.editor.ITextModel) =>
    model.onDidChangeContent(() => {
      if (!muted) for (const l of listeners) l(model.getValue());
    });
  let subscription = subscribe(editor.getModel()!);
  const markers = new Map<string, EditorMarker[]>();
  const applyMarkers = () => {
    const model = editor.getModel();
    if (!model) return;
    for (const [owner, list] of markers) {
      monaco.editor.setModelMarkers(
        model,
        owner,
        list.map((m) => ({
          startLineNumber: m.line,
          endLineNumber: m.endLine ?? m.line,
          startColumn: m.column ?? 1,
          endColumn:
            m.endColumn ?? model.getLineMaxColumn(Math.min(m.endLine ?? m.line, model.getLineCount())),
          message: m.message,
          severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        })),
      );
    }
  };
  return {
    getValue: () => editor.getValue(),
    setValue(text) {
      if (editor.getValue() === text) return;
      muted = true;
      editor.setValue(text);
      muted = false;
    },
    onChange: (l) => void listeners.push(l),
    setMarkers(owner, list) {
      markers.set(owner, list);
      applyMarkers();
    },
    revealLine(line) {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column: 1 });
      editor.focus();
    },
    setLanguage(language) {
      const text = editor.getValue();
      subscription.dispose();
      editor.setModel(modelFor(language, text));
      subscription = subscribe(editor.getModel()!);
      applyMarkers();
    },
    focus: () => editor.focus(),
    dispose: () => editor.dispose(),
  };
}
