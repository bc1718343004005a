import { beatAfter, beatFromHash, presenterCommand } from './presenterKeys.ts';

/**
 * Wires a presenter page: one beat visible at a time, keys and buttons step through them, the URL
 * hash keeps the place across reloads, a live region reads each new caption.
 */
export function startPresenter(root: HTMLElement): void {
  const beats = [...root.querySelectorAll<HTMLElement>('.ol-present__beat')];
  const number = root.querySelector<HTMLElement>('[data-beat-number]')!;
  const time = root.querySelector<HTMLElement>('[data-beat-time]')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  let current = 0;

  const show = (i: number, announce: boolean) => {
    current = i;
    beats.forEach((b, k) => (b.hidden = k !== current));
    number.textContent = String(current + 1);
    time.textContent = beats[current]!.dataset.time ?? '';
    history.replaceState(null, '', `#beat-${current + 1}`);
    if (announce)
      live.textContent = `Beat ${current + 1}: ${beats[current]!.querySelector('p')?.textContent ?? ''}`;
  };
  const toggleTheme = () => {
    const html = document.documentElement;
    html.dataset.theme = html.dataset.theme === 'dark' ? 'light' : 'dark';
  };
  const fullscreen = () =>
    document.fullscreenElement
      ? void document.exitFullscreen()
      : void document.documentElement.requestFullscreen?.();

  show(beatFromHash(location.hash, beats.length), false);
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // Space/Enter on a focused button press that button instead.
    if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
    const command = presenterCommand(e.key);
    if (!command) return;
    e.preventDefault();
    if (command === 'fullscreen') fullscreen();
    else if (command === 'theme') toggleTheme();
    else show(beatAfter(command, current, beats.length), true);
  });
  root.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    if (button?.dataset.go) show(beatAfter({ go: Number(button.dataset.go) }, current, beats.length), true);
    if (button?.hasAttribute('data-fullscreen')) fullscreen();
    if (button?.hasAttribute('data-theme-toggle')) toggleTheme();
  });
}
