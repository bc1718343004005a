import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

/**
 * Starlight's `<site-search>` element (Search.astro, Starlight 0.42) with Pagefind's UI built on first
 * use rather than on idle after every page load. Opening the dialog builds it; hovering, focusing or
 * pressing the button starts it a moment earlier, so it is usually ready when the dialog shows. The
 * input is focused once it exists, as Starlight focuses it on open.
 */
export class SiteSearch extends HTMLElement {
  #searchUI: Promise<void> | undefined;

  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
    const dialog = this.querySelector('dialog');
    const dialogFrame = this.querySelector('.dialog-frame');
    if (!openBtn || !closeBtn || !dialog || !dialogFrame) return;

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent): void => {
      const isLink = 'href' in (event.target || {});
      if (
        isLink ||
        (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))
      ) {
        closeModal();
      }
    };

    const openModal = (event?: MouseEvent): void => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      void this.searchUI().then(() => {
        if (dialog.open) this.querySelector('input')?.focus();
      });
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };

    const closeModal = (): void => dialog.close();

    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);
    // Signs that someone is about to search: start loading Pagefind's UI now. A failure here is not
    // reported: opening the dialog tries again and reports it.
    const warmUp = (): void => void this.searchUI().catch(() => undefined);
    for (const type of ['pointerenter', 'pointerdown', 'focus']) {
      openBtn.addEventListener(type, warmUp, { once: true });
    }

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    // Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
        if (dialog.open) closeModal();
        else openModal();
        e.preventDefault();
      }
    });
  }

  /** Builds Pagefind's UI into `#starlight__search` once; a failed load is tried again next time. */
  searchUI(): Promise<void> {
    // `astro dev` has no Pagefind index: the dialog shows Starlight's dev-server notice instead.
    if (import.meta.env.DEV) return Promise.resolve();
    this.#searchUI ??= import('./pagefindUI.ts').then(
      ({ buildPagefindUI }) => buildPagefindUI(this.#pagefindOptions()),
      (error: unknown) => {
        this.#searchUI = undefined;
        throw error;
      },
    );
    return this.#searchUI;
  }

  /** Starlight's options for Pagefind's UI, unchanged. */
  #pagefindOptions(): Record<string, unknown> {
    let translations = {};
    try {
      translations = JSON.parse(this.dataset['translations'] || '{}');
    } catch {
      // Starlight ignores unreadable translations too: Pagefind falls back to English.
    }
    const shouldStrip = this.dataset['stripTrailingSlash'] !== undefined;
    const stripTrailingSlash = (path: string): string => path.replace(/(.)\/(#.*)?$/, '$1$2');
    const formatURL = shouldStrip ? stripTrailingSlash : (path: string): string => path;
    return {
      ...pagefindUserConfig,
      element: '#starlight__search',
      baseUrl: import.meta.env.BASE_URL,
      bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
      showImages: false,
      translations,
      showSubResults: true,
      processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {
        result.url = formatURL(result.url);
        result.sub_results = result.sub_results.map((subResult) => {
          subResult.url = formatURL(subResult.url);
          return subResult;
        });
      },
    };
  }
}

customElements.define('site-search', SiteSearch);
