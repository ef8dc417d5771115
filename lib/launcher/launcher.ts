import css from './launcher.css?inline';

export interface LauncherEnv {
  document: Document;
  /** The extension's own sidebar page, shown in an iframe when opened. */
  sidebarUrl: string;
  labels: { open: string; close: string; frameTitle: string };
}

export interface Launcher {
  open(): void;
  close(): void;
  unmount(): void;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Keys pressed in our UI stop here, so they never trigger the host app's shortcuts. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Adds `<kindling-root>` with a shadow root holding the launcher tab
 * and, once opened, the sidebar iframe. Reads nothing from the host page.
 */
export function mountLauncher({ document, sidebarUrl, labels }: LauncherEnv): Launcher {
  const host = document.createElement('kindling-root');
  const shadow = host.attachShadow({ mode: 'open' });

  const style = document.createElement('style');
  style.textContent = css;

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-label', labels.open);
  button.append(emberIcon(document));

  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  let frame: HTMLIFrameElement | null = null;

  shadow.append(style, button, panel);

  const isOpen = () => !panel.hidden;

  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = sidebarUrl;
      frame.title = labels.frameTitle;
      panel.append(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-label', labels.close);
    frame.focus();
  }

  function close() {
    const focusWasOurs = shadow.activeElement !== null;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-label', labels.open);
    // Give focus back only when it was in our UI; never take it from the page.
    if (focusWasOurs) button.focus();
  }

  button.addEventListener('click', () => (isOpen() ? close() : open()));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) close();
  });
  const stop = (event: Event) => event.stopPropagation();
  for (const type of KEY_EVENTS) host.addEventListener(type, stop);

  const root = document.documentElement;
  root.append(host);
  // Single-page apps may rebuild the page's top level; put the launcher back,
  // watching only the root's direct children so page updates cost nothing.
  const keepAttached = new MutationObserver(() => {
    if (!host.isConnected) document.documentElement.append(host);
  });
  keepAttached.observe(root, { childList: true });

  return {
    open,
    close,
    unmount() {
      keepAttached.disconnect();
      for (const type of KEY_EVENTS) host.removeEventListener(type, stop);
      host.remove();
    },
  };
}

function emberIcon(document: Document): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const flame = document.createElementNS(SVG, 'path');
  flame.setAttribute(
    'd',
    'M12 2c1 3.2 4.8 5.4 4.8 10.2A4.8 4.8 0 0 1 12 17a4.8 4.8 0 0 1-4.8-4.8c0-2 .9-3.4 2-4.6.2 1.7 1 2.8 2.2 3.3C11 8.5 11.3 5 12 2z',
  );
  flame.setAttribute('fill', '#ea580c');
  const ember = document.createElementNS(SVG, 'path');
  ember.setAttribute('d', 'M5 19.5h14a1.5 1.5 0 0 1 0 3H5a1.5 1.5 0 0 1 0-3z');
  ember.setAttribute('fill', '#b45309');
  svg.append(flame, ember);
  return svg;
}
