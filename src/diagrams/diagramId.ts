/** `Poll → batch → invoke` → `poll-batch-invoke`: readable anchors and embed URLs. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'diagram'
  );
}

const idsByPage = new WeakMap<object, Map<string, number>>();

/**
 * A page-unique id for a diagram: the author's `id`, else the title's slug; a second diagram with the
 * same id on one page gets `-2`. `page` is anything that lives exactly as long as one page render
 * (Astro's `Astro.request`).
 */
export function uniqueDiagramId(page: object, wanted: string): string {
  const base = /^[a-z][a-z0-9-]*$/.test(wanted) ? wanted : `diagram-${slugify(wanted)}`;
  let seen = idsByPage.get(page);
  if (!seen) idsByPage.set(page, (seen = new Map()));
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
