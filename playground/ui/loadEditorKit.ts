import type * as EditorKit from '../editor/kit.ts';
import { linkMonacoStylesheet } from './linkMonacoStylesheet.ts';

let kit: Promise<typeof EditorKit> | null = null;

/**
 * Loads Monaco's script once per page: for the editors, or (plain editor) for the compiler, Monaco's
 * TypeScript worker, on the first Run or edit. No other page imports this module.
 */
export function loadEditorKit(): Promise<typeof EditorKit> {
  kit ??= import('../editor/kit.ts');
  return kit;
}

/**
 * Loads what Monaco's editors need: the script and the stylesheet, in parallel. On a desktop the
 * page's head script has usually started both already (monacoHeadScript.ts, issue 6's 3 s budget).
 */
export async function loadMonacoEditors(): Promise<typeof EditorKit> {
  const [loaded] = await Promise.all([loadEditorKit(), linkMonacoStylesheet()]);
  return loaded;
}
