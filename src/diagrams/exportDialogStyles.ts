/** Styles for the export dialog; injected with it, so pages pay nothing until someone exports. */
export const exportDialogStyles = `
.ol-export{margin:auto;max-width:min(34rem,calc(100vw - 2rem));max-height:calc(100vh - 2rem);overflow:auto;padding:0;border:1px solid var(--sl-color-gray-5);border-radius:.5rem;
  background:var(--sl-color-bg);color:var(--sl-color-text);box-shadow:var(--sl-shadow-lg)}
.ol-export::backdrop{background:rgb(0 0 0 / .45)}
.ol-export form{display:grid;gap:1rem;padding:1.25rem}
.ol-export h2{margin:0;font-size:var(--sl-text-h4);color:var(--sl-color-white)}
.ol-export fieldset{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0;border:0}
.ol-export legend{font-weight:600;margin-bottom:.25rem;padding:0}
.ol-export label{display:inline-flex;align-items:center;gap:.4rem}
.ol-export input[type=text]{flex:1 1 14rem;min-width:0;padding:.3rem .5rem;border:1px solid var(--sl-color-gray-4);
  border-radius:.25rem;background:var(--sl-color-black);color:var(--sl-color-text);font:inherit}
.ol-export__preview{display:grid;place-items:center;min-height:6rem;max-height:14rem;overflow:hidden;border-radius:.25rem;
  background:repeating-conic-gradient(#8883 0 25%,transparent 0 50%) 0 0/16px 16px}
.ol-export__preview img{max-width:100%;max-height:14rem}
.ol-export__actions{display:flex;flex-wrap:wrap;gap:.5rem}
.ol-export button{padding:.4rem .8rem;border:1px solid var(--sl-color-gray-4);border-radius:.25rem;
  background:var(--sl-color-gray-6);color:var(--sl-color-text);font:inherit;cursor:pointer}
.ol-export button.ol-export__primary{background:var(--sl-color-accent-high);border-color:var(--sl-color-accent-high);color:var(--sl-color-accent-low)}
.ol-export :is(button,input):focus-visible{outline:2px solid var(--sl-color-accent-high);outline-offset:2px}
.ol-export__status{min-height:1.2em;margin:0;font-size:var(--sl-text-sm);color:var(--sl-color-gray-2)}
.ol-export__close{justify-self:end}
`;
