import { decodeState, encodeState, type DecodeResult } from './permalink.ts';
import type { PlaygroundState } from './PlaygroundState.ts';

const KEY = 'offset-lab:playground';

/** Local storage can be missing or throw (private mode, quota, disabled cookies): never fail on it. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function saveState(state: PlaygroundState): void {
  try {
    storage()?.setItem(KEY, encodeState(state));
  } catch {
    // quota or disabled storage: the permalink still works
  }
}

/** The autosaved state, checked exactly like a permalink (storage is untrusted input too). */
export function loadSavedState(): DecodeResult | null {
  const text = storage()?.getItem(KEY);
  return text ? decodeState(text) : null;
}

export function clearSavedState(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
