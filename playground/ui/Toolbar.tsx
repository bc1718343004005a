import { handlerPresets } from '../presets/handlerPresets.ts';
import { scenarioPresets } from '../presets/scenarioPresets.ts';
import type { HandlerLanguage } from '../state/PlaygroundState.ts';

interface Props {
  language: HandlerLanguage;
  compare: boolean;
  running: boolean;
  onRun(): void;
  onStop(): void;
  onHandlerPreset(id: string): void;
  onScenarioPreset(id: string): void;
  onLanguage(language: HandlerLanguage): void;
  onCompare(on: boolean): void;
  onCopyLink(): void;
  onReset(): void;
}

/** The playground's controls, in reading order: what to run, how, then sharing. */
export function Toolbar(p: Props) {
  return (
    <div class="pg-toolbar" role="toolbar" aria-label="Playground controls">
      <label>
        <span>Scenario</span>
        <select
          onChange={(e) => {
            if (e.currentTarget.value) p.onScenarioPreset(e.currentTarget.value);
            e.currentTarget.value = '';
          }}
        >
          <option value="">Load a scenario…</option>
          {scenarioPresets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Handler</span>
        <select
          onChange={(e) => {
            if (e.currentTarget.value) p.onHandlerPreset(e.currentTarget.value);
            e.currentTarget.value = '';
          }}
        >
          <option value="">Load a handler…</option>
          {handlerPresets.map((h) => (
            <option key={h.id} value={h.id}>
              {h.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Language</span>
        <select value={p.language} onChange={(e) => p.onLanguage(e.currentTarget.value as HandlerLanguage)}>
          <option value="typescript">TypeScript</option>
          <option value="javascript">JavaScript</option>
        </select>
      </label>
      <label class="pg-check">
        <input type="checkbox" checked={p.compare} onChange={(e) => p.onCompare(e.currentTarget.checked)} />
        <span>Compare two mappings</span>
      </label>
      <span class="pg-toolbar-end">
        {p.running ? (
          <button type="button" class="pg-button pg-primary" onClick={p.onStop}>
            Stop
          </button>
        ) : (
          <button
            type="button"
            class="pg-button pg-primary"
            onClick={p.onRun}
            aria-keyshortcuts="Control+Enter"
          >
            Run
          </button>
        )}
        <button type="button" class="pg-button" onClick={p.onCopyLink}>
          Copy link
        </button>
        <button type="button" class="pg-button" onClick={p.onReset}>
          Reset
        </button>
      </span>
    </div>
  );
}
