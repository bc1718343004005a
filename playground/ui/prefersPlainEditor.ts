/** Touch-first devices (coarse pointer, no fine one) keep the plain editor; Monaco is not built for them. */
export function prefersPlainEditor(): boolean {
  if (typeof matchMedia !== 'function') return true;
  return matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
}
