/** The lazily loaded editor kit: Monaco editors and the compiler (Monaco's TypeScript worker). */
export { createMonacoEditor } from './createMonacoEditor.ts';
export { compileHandler, warmCompiler } from './compileHandler.ts';
export { adoptEarlyHandlerEditor, startHandlerEditorEarly } from './earlyHandlerEditor.ts';
