import { useEffect, useState } from 'preact/hooks';
import { defaultHandler } from '../presets/handlerPresets.ts';
import { defaultScenarioText, scenarioPresets } from '../presets/scenarioPresets.ts';
import { clearSavedState, loadSavedState, saveState } from '../state/autosave.ts';
import { decodeState, encodeState } from '../state/permalink.ts';
import type { PlaygroundState } from '../state/PlaygroundState.ts';

export const defaultState: PlaygroundState = {
  v: 1,
  language: 'typescript',
  handler: defaultHandler.source,
  scenario: defaultScenarioText,
  mappingB: null,
};

/** Where the state came from on load, and why a link was refused (shown to the reader). */
export interface Restore {
  source: 'link' | 'autosave' | 'default';
  problem: string | null;
}

/**
 * The playground's one state (`edit` from the editors, `replace` from anything else), with its two persistences: the URL fragment (a permalink kept current
 * with `replaceState`) and local storage (autosave), both debounced. On load a valid link wins, then
 * the autosave, then the defaults; a refused link says why and falls back.
 */
export function usePlaygroundState() {
  const [state, setState] = useState<PlaygroundState>(defaultState);
  const [restore, setRestore] = useState<Restore | null>(null);
  // Bumped whenever the texts change from outside the editors (restore, preset, import, reset), so
  // editors reload their text then and only then, never echoing back their own keystrokes.
  const [revision, setRevision] = useState(0);
  const replace = (update: (s: PlaygroundState) => PlaygroundState) => {
    setState(update);
    setRevision((r) => r + 1);
  };

  useEffect(() => {
    let problem: string | null = null;
    if (location.hash.length > 1) {
      const fromLink = decodeState(location.hash);
      if (fromLink.ok) {
        replace(() => fromLink.state);
        setRestore({ source: 'link', problem: null });
        return;
      }
      problem = `This link could not be opened: ${fromLink.reason}.`;
    }
    // `?scenario=<preset id>`: the articles' "Try it in the playground" links open their own scenario.
    const presetId = new URLSearchParams(location.search).get('scenario');
    if (presetId !== null && problem === null) {
      const preset = scenarioPresets.find((p) => p.id === presetId);
      if (preset) {
        replace(() => ({ ...defaultState, scenario: preset.text }));
        setRestore({ source: 'link', problem: null });
        return;
      }
      problem = `There is no scenario preset named “${presetId}”.`;
    }
    const saved = loadSavedState();
    if (saved?.ok) replace(() => saved.state);
    setRestore({ source: saved?.ok ? 'autosave' : 'default', problem });
  }, []);

  useEffect(() => {
    if (!restore) return;
    const timer = window.setTimeout(() => {
      saveState(state);
      history.replaceState(history.state, '', `#${encodeState(state)}`);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [state, restore]);

  const reset = () => {
    clearSavedState();
    history.replaceState(history.state, '', location.pathname + location.search);
    replace(() => defaultState);
    setRestore({ source: 'default', problem: null });
  };
  return { state, edit: setState, replace, revision, restore, reset };
}
