import type { HandlerLanguage } from '../state/PlaygroundState.ts';

/** The handler editor's accessible name, the same whether the island or the early editor made it. */
export function handlerEditorLabel(language: HandlerLanguage): string {
  return `Handler (${language === 'typescript' ? 'TypeScript' : 'JavaScript'})`;
}
