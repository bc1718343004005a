/**
 * Monaco, set up once, for the playground only (never imported by an article page). 0.56+ entry
 * points (toolchain guide §5): the core editor API, the editor features the playground uses, the
 * TypeScript/JavaScript language service and YAML highlighting, with workers via Vite's `?worker`.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoSymbol/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/parameterHints/register';
import 'monaco-editor/features/rename/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// `features/suggest` only adds inline suggestions in 0.57; the completion widget (IntelliSense,
// Ctrl+Space) is the suggest controller itself.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/yaml/register';
import * as ts from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import { awsLambdaTypes } from './awsLambdaTypes.ts';
import { languageWorkerGate } from './languageWorkerGate.ts';

// Monaco's stylesheet is linked by the page (ui/linkMonacoStylesheet.ts), never render-blocking.

self.MonacoEnvironment = {
  getWorker: async (_id: string, label: string) => {
    await languageWorkerGate;
    return label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker();
  },
};

// CommonJS output runs inside the sandbox worker's module wrapper; the source map points runtime
// errors back at the editor line. `outDir` keeps a .js input from "overwriting" itself on emit.
const compilerOptions = {
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  strict: true,
  sourceMap: true,
  outDir: 'file:///out',
  allowNonTsExtensions: true,
  esModuleInterop: true,
};
ts.typescriptDefaults.setCompilerOptions(compilerOptions);
ts.javascriptDefaults.setCompilerOptions({ ...compilerOptions, allowJs: true, checkJs: true, strict: false });
const lib = awsLambdaTypes();
ts.typescriptDefaults.addExtraLib(lib, 'file:///node_modules/@types/aws-lambda/index.d.ts');
ts.javascriptDefaults.addExtraLib(lib, 'file:///node_modules/@types/aws-lambda/index.d.ts');
ts.typescriptDefaults.setEagerModelSync(true);
ts.javascriptDefaults.setEagerModelSync(true);

// vs-dark's comment green (#6A9955) falls short of WCAG AA contrast where axe measures it: lighter.
monaco.editor.defineTheme('offset-lab-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '8CBF78' }],
  colors: {},
});

/** Follows Starlight's light/dark switch (`data-theme` on the root element). */
function followTheme(): void {
  const apply = () =>
    monaco.editor.setTheme(document.documentElement.dataset.theme === 'light' ? 'vs' : 'offset-lab-dark');
  apply();
  new MutationObserver(apply).observe(document.documentElement, { attributeFilter: ['data-theme'] });
}
followTheme();

export { monaco, ts };
