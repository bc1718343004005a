import { useEffect, useState } from 'preact/hooks';
import { clearSavedState, saveState } from '../state/autosave.ts';
import { defaultState, initialPlaygroundState, type Restore } from '../state/initialPlaygroundState.ts';
import { encodeState } from '../state/permalink.ts';
import type { PlaygroundState } from '../state/PlaygroundState.ts';

/**
 * The playground's one state (`edit` from the editors, `replace` from anything else), with its two persistences: the URL fragment (a permalink kept current
 * with `replaceState`) and local storage (autosave), both debounced. What it opens with, and why a
 * refused link fell back, comes from `initialPlaygroundState`.
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
    const initial = initialPlaygroundState();
    if (initial.restore.source !== 'default') replace(() => initial.state);
    setRestore(initial.restore);
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
