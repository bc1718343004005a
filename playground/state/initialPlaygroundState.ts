import { defaultHandler } from '../presets/handlerPresets.ts';
import { defaultScenarioText, scenarioPresets } from '../presets/scenarioPresets.ts';
import { loadSavedState } from './autosave.ts';
import { decodeState } from './permalink.ts';
import type { PlaygroundState } from './PlaygroundState.ts';

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
 * What the playground opens with, read from the page's address and local storage: a valid link wins,
 * then a `?scenario=` preset, then the autosave, then the defaults; a refused link says why and falls
 * back. Read by the island when it hydrates and, before that, by the handler's early Monaco editor
 * (earlyHandlerEditor.ts), so both show the same text.
 */
export function initialPlaygroundState(): { state: PlaygroundState; restore: Restore } {
  let problem: string | null = null;
  if (location.hash.length > 1) {
    const fromLink = decodeState(location.hash);
    if (fromLink.ok) return { state: fromLink.state, restore: { source: 'link', problem: null } };
    problem = `This link could not be opened: ${fromLink.reason}.`;
  }
  // `?scenario=<preset id>`: the articles' "Try it in the playground" links open their own scenario.
  const presetId = new URLSearchParams(location.search).get('scenario');
  if (presetId !== null && problem === null) {
    const preset = scenarioPresets.find((p) => p.id === presetId);
    if (preset) {
      return {
        state: { ...defaultState, scenario: preset.text },
        restore: { source: 'link', problem: null },
      };
    }
    problem = `There is no scenario preset named “${presetId}”.`;
  }
  const saved = loadSavedState();
  if (saved?.ok) return { state: saved.state, restore: { source: 'autosave', problem } };
  return { state: defaultState, restore: { source: 'default', problem } };
}
