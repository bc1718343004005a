import { PagefindUI } from '@pagefind/default-ui';
// `?inline`: the stylesheet travels inside this on-demand chunk. A plain CSS import would not: Astro
// hoists the CSS of a page's client scripts, dynamic imports included, into every page's <head>.
import searchResults from './searchResults.css?inline';

/** Pagefind's UI in `options.element`, its stylesheet (searchResults.css) added to the page first. */
export function buildPagefindUI(options: Record<string, unknown>): void {
  if (!document.getElementById(styleId)) {
    const style = document.createElement('style');
    style.id = styleId;
    style.textContent = searchResults;
    document.head.append(style);
  }
  new PagefindUI(options);
}

const styleId = 'ol-search-results-styles';
