import { handlerModel, type HandlerLanguage } from './handlerModel.ts';
import { openLanguageWorkerGate } from './languageWorkerGate.ts';
import { monaco, ts } from './monaco.ts';

export interface CompileResult {
  /** CommonJS JavaScript, or null when the source has syntax errors */
  code: string | null;
  sourceMap: string;
  /** syntax errors (they stop the run) */
  errors: { line: number; column: number; message: string }[];
}

/**
 * Monaco activates the TypeScript service when a model of that language appears, asynchronously;
 * until then `getTypeScriptWorker` rejects with "TypeScript not registered!". Wait for it.
 */
async function languageWorker(language: HandlerLanguage) {
  openLanguageWorkerGate(); // a Run (or warming for one) needs the compiler now
  for (let attempt = 0; ; attempt++) {
    try {
      return language === 'typescript' ? await ts.getTypeScriptWorker() : await ts.getJavaScriptWorker();
    } catch (e) {
      if (attempt >= 300) throw e;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const flatten = (m: string | { messageText: string }): string => (typeof m === 'string' ? m : m.messageText);

/**
 * Compiles the handler with Monaco's own TypeScript worker (`getEmitOutput`; no second compiler).
 * Type errors do not stop a run (as with `tsc` without noEmitOnError); syntax errors do.
 */
export async function compileHandler(source: string, language: HandlerLanguage): Promise<CompileResult> {
  const model = handlerModel(language, source);
  const getWorker = await languageWorker(language);
  const worker = await getWorker(model.uri);
  const uri = model.uri.toString();
  const syntax = await worker.getSyntacticDiagnostics(uri);
  const errors = syntax.map((d) => {
    const at = model.getPositionAt(d.start ?? 0);
    return { line: at.lineNumber, column: at.column, message: flatten(d.messageText) };
  });
  if (errors.length > 0) return { code: null, sourceMap: '', errors };
  const out = await worker.getEmitOutput(uri);
  const js = out.outputFiles.find((f) => f.name.endsWith('.js'));
  const map = out.outputFiles.find((f) => f.name.endsWith('.js.map'));
  if (!js)
    return {
      code: null,
      sourceMap: '',
      errors: [{ line: 1, column: 1, message: 'The compiler emitted nothing.' }],
    };
  return { code: js.text.replace(/\n\/\/# sourceMappingURL=.*$/, ''), sourceMap: map?.text ?? '', errors };
}

export { monaco };

/**
 * Starts the TypeScript worker ahead of the first Run (it is 6.9 MB of script to parse), for the
 * plain editor, where no Monaco model has started it yet.
 */
export async function warmCompiler(source: string, language: HandlerLanguage): Promise<void> {
  const model = handlerModel(language, source);
  const getWorker = await languageWorker(language);
  await getWorker(model.uri);
}
