import type { EditorMarker, EditorSurface } from './EditorSurface.ts';

/**
 * The plain editor: a `<textarea>` behind the same `EditorSurface` as Monaco. It is what touch
 * devices get, and what everyone types into until Monaco has loaded; markers become a list of
 * line-numbered messages under it (each one a button that selects its line).
 */
export function createTextareaEditor(host: HTMLElement, value: string, label: string): EditorSurface {
  const area = document.createElement('textarea');
  area.className = 'pg-textarea';
  area.value = value;
  area.spellcheck = false;
  area.setAttribute('aria-label', label);
  area.setAttribute('autocapitalize', 'off');
  area.setAttribute('autocomplete', 'off');
  const problems = document.createElement('ul');
  problems.className = 'pg-textarea-problems';
  problems.setAttribute('aria-live', 'polite');
  host.replaceChildren(area, problems);
  const markers = new Map<string, EditorMarker[]>();
  const selectLine = (line: number) => {
    const lines = area.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  };
  const render = () => {
    const all = [...markers.values()].flat().sort((a, b) => a.line - b.line);
    problems.replaceChildren(
      ...all.map((m) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = `pg-problem pg-problem-${m.severity}`;
        button.textContent = `Line ${m.line}: ${m.message}`;
        button.addEventListener('click', () => selectLine(m.line));
        item.append(button);
        return item;
      }),
    );
  };
  return {
    getValue: () => area.value,
    setValue(text) {
      area.value = text;
    },
    onChange: (listener) => area.addEventListener('input', () => listener(area.value)),
    setMarkers(owner, list) {
      markers.set(owner, list);
      render();
    },
    revealLine: selectLine,
    setLanguage() {},
    focus: () => area.focus(),
    dispose: () => host.replaceChildren(),
  };
}
