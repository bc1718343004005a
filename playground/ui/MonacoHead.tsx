import { loadMonacoEditors, prefersPlainEditor } from './loadEditorKit.ts';

// Issue 6 budget (editor typeable within 3 s of navigation): on a desktop, start fetching Monaco
// (script and stylesheet) the moment this tiny module runs, before the playground island has loaded
// its own dependencies or hydrated; the island then awaits the same promise. Not from a page
// <script>: Astro would link the editor's CSS into the page head, blocking the first paint.
// Touch devices never load Monaco.
if (typeof window !== 'undefined' && !prefersPlainEditor()) void loadMonacoEditors();

/** Renders nothing: an island (`client:load`) only so that its module starts Monaco's download. */
export default function MonacoHead() {
  return null;
}
