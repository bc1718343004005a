import { tags } from '../html/tags.ts';

/** A reference from one page to a URL: the element and attribute it came from, and the URL. */
export interface Link {
  tag: string;
  attr: string;
  url: string;
}

/** What the link check needs from one page: the fragment targets it offers and the URLs it uses. */
export interface PageLinks {
  ids: Set<string>;
  links: Link[];
  /** `<meta name="robots" content="noindex">`: an embed or utility page nobody has to link to. */
  noindex: boolean;
  /** The page's `<link rel="canonical">`, which tells us the site's own origin. */
  canonical: string | undefined;
}

// Attributes that hold one URL, and the ones that hold a srcset list.
const urlAttrs = ['href', 'src', 'poster', 'component-url', 'renderer-url'];
const srcsetAttrs = ['srcset', 'imagesrcset'];
// Social cards are URLs in a `content` attribute; a missing image is a broken link too.
const urlMetas = new Set(['og:image', 'twitter:image']);

export function pageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: Link[] = [];
  let noindex = false;
  let canonical: string | undefined;
  for (const { name, attrs } of tags(html)) {
    if (attrs.id !== undefined) ids.add(attrs.id);
    if (name === 'a' && attrs.name !== undefined) ids.add(attrs.name);
    if (name === 'base') continue;
    if (name === 'link' && attrs.rel === 'canonical') {
      // Checked on its own (it must name the page itself), not as a link.
      canonical = attrs.href;
      continue;
    }
    for (const attr of urlAttrs) {
      const url = attrs[attr]?.trim();
      if (url) links.push({ tag: name, attr, url });
    }
    for (const attr of srcsetAttrs) {
      for (const url of srcsetUrls(attrs[attr] ?? '')) links.push({ tag: name, attr, url });
    }
    if (name === 'meta') {
      const key = attrs.property ?? attrs.name ?? '';
      if (urlMetas.has(key) && attrs.content)
        links.push({ tag: name, attr: `content (${key})`, url: attrs.content });
      if (key === 'robots' && /noindex/i.test(attrs.content ?? '')) noindex = true;
    }
  }
  return { ids, links, noindex, canonical };
}

/** `a.png 1x, b.png 2x` → `['a.png', 'b.png']`. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}
