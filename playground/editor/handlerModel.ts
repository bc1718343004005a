import { monaco } from './monaco.ts';

export type HandlerLanguage = 'typescript' | 'javascript';

const uriOf = (language: HandlerLanguage) =>
  monaco.Uri.parse(language === 'typescript' ? 'file:///handler.ts' : 'file:///handler.js');

/**
 * The one Monaco model of the handler for a language (`file:///handler.ts` or `.js`). Editor and
 * compiler share it, so the language service never sees two copies; the other language's model is
 * disposed, so a script-style handler cannot clash with its own twin.
 */
export function handlerModel(language: HandlerLanguage, text: string): monaco.editor.ITextModel {
  const other = monaco.editor.getModel(uriOf(language === 'typescript' ? 'javascript' : 'typescript'));
  other?.dispose();
  const uri = uriOf(language);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(text, language, uri);
  if (model.getValue() !== text) model.setValue(text);
  return model;
}
