import css from './launcher.css?inline';
import type { LauncherLabels, NudgeAnswer, Side } from '../nudges/types';
import { opensQuickFind } from '../sidebar/quick-find';

export interface LauncherEnv {
  document: Document;
  /**
   * The extension's own sidebar page, shown in an iframe when opened: asked
   * for each time a frame is made, since its URL carries a single-use token.
   */
  sidebarUrl(): Promise<string>;
  /**
   * Whether the key guard ran before the page's scripts. When it did not (the
   * launcher shown on a site not enabled), the page's earlier capture
   * listeners would see keys pressed on our button, so it takes no keyboard focus.
   */
  guardedEarly: boolean;
  /** `<kindling-root>`, when the key guard needed it before the launcher was built. */
  host?: HTMLElement;
  /**
   * An open shadow root, for the test build's accessibility checks only
   * (axe cannot enter a closed root); every other build keeps it closed.
   */
  open?: boolean;
}

export interface LauncherPrefs {
  side: Side;
  collapsed: boolean;
  labels: LauncherLabels;
  /** The sentence of the prompt on screen, in the current language. */
  promptText?: string;
}

export interface Launcher {
  /** `<kindling-root>`; the key guard compares event targets with it. */
  host: HTMLElement;
  /** Shows the launcher once the page has a body to sit beside. */
  attach(prefs: LauncherPrefs): void;
  /**
   * Moves the launcher to a side, or makes it a slim tab, as the site's
   * settings now say; with labels (another language), renames every control
   * in place and rewrites a showing card's sentence.
   */
  applyPrefs(prefs: Pick<LauncherPrefs, 'side' | 'collapsed'> & Partial<LauncherPrefs>): void;
  open(): void;
  close(): void;
  isOpen(): boolean;
  toggle(): void;
  /** A key pressed inside our shadow root (the page never sees it). */
  ownKey(event: KeyboardEvent): void;
  /** Shows a prompt card with one sentence; `answered` hears the user's choice once. */
  showNudge(text: string, answered: (answer: NudgeAnswer) => void): void;
  /** Dismisses the prompt card, if one is showing. */
  dismissNudge(): void;
  /** Folds an unanswered card away into the launcher: no answer from the user, so no dismissal. */
  foldNudge(): void;
  unmount(): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Runs `handle` only for events the user made, never for a page script's `click()` or `dispatchEvent`. */
const trusted =
  <E extends Event>(handle: (event: E) => void) =>
  (event: E) => {
    if (event.isTrusted) handle(event);
  };

/**
 * Builds `<kindling-root>` with a closed shadow root holding the launcher
 * tab, the prompt card and, once opened, the sidebar iframe. Reads nothing
 * from the host page and never moves focus out of it unless the user acts in
 * our UI. The root is closed so page scripts cannot reach our controls, read
 * the prompt or see or repoint the sidebar frame; every handler also ignores
 * events a script made.
 */
export function createLauncher({
  document,
  sidebarUrl,
  guardedEarly,
  host = document.createElement('kindling-root'),
  open: openRoot = false,
}: LauncherEnv): Launcher {
  const shadow = host.attachShadow({ mode: openRoot ? 'open' : 'closed' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '') => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    return node;
  };
  const style = el('style');
  style.textContent = css;
  const root = el('div', 'root');

  const button = el('button', 'launcher');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.append(emberIcon(document));
  if (!guardedEarly) {
    button.tabIndex = -1;
    // A click would focus it too; the sidebar takes focus itself when it opens.
    button.addEventListener('mousedown', (event) => event.preventDefault());
  }

  const panel = el('div', 'panel');
  panel.hidden = true;
  let frame: HTMLIFrameElement | null = null;

  const card = el('div', 'nudge');
  card.hidden = true;
  card.setAttribute('role', 'region');
  // Announced without moving focus: the card never takes it from the page.
  const text = el('p', 'nudge-text');
  text.setAttribute('aria-live', 'polite');
  const choices = el('div', 'nudge-choices');
  // A disclosure, not an ARIA menu: its buttons are in the Tab order, and Escape closes it first.
  const menu = el('div', 'nudge-menu');
  card.append(text, choices, menu);
  const name = el('span', 'name');
  button.append(name);

  root.append(button, card, panel);
  shadow.append(style, root);

  let labels: LauncherLabels | null = null;
  let answered: ((answer: NudgeAnswer) => void) | null = null;
  const isOpen = () => !panel.hidden;
  const focusIsOurs = () => shadow.activeElement !== null;

  let relabel = (_labels: LauncherLabels) => {};
  function applyPrefs({ side, collapsed, labels: next, promptText }: Parameters<Launcher['applyPrefs']>[0]) {
    root.dataset.side = side;
    root.dataset.collapsed = String(collapsed);
    if (next) relabel(next);
    if (promptText && !card.hidden) text.textContent = promptText;
  }

  function label() {
    if (!labels) return;
    // Shown on hover and focus: the launcher's name, the same words a screen reader hears.
    name.textContent = isOpen() ? labels.close : labels.open;
    button.setAttribute('aria-label', name.textContent);
  }

  let frameLoaded = false;
  let framing: Promise<HTMLIFrameElement> | null = null;
  function ensureFrame(): Promise<HTMLIFrameElement> {
    framing ??= sidebarUrl().then((url) => {
      const made = el('iframe');
      let loads = 0;
      made.addEventListener('load', () => {
        // Our sidebar never navigates its own frame: a second load means
        // something repointed it, so it is dropped rather than shown.
        if (++loads > 1) return dropFrame(made);
        frameLoaded = true;
        if (isOpen()) made.focus();
      });
      made.src = url;
      if (labels) made.title = labels.frameTitle;
      panel.append(made);
      frame = made;
      return made;
    });
    framing.catch(() => (framing = null));
    return framing;
  }

  function dropFrame(gone: HTMLIFrameElement) {
    if (frame !== gone) return;
    if (isOpen()) close();
    gone.remove();
    frame = null;
    framing = null;
    frameLoaded = false;
  }

  function open() {
    hideCard('dismiss');
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    label();
    // Focusing a frame whose page is still loading can leave the browser
    // sending keys to the host page; it is focused once it has loaded.
    void ensureFrame().then(
      (sidebar) => frameLoaded && isOpen() && sidebar.focus(),
      () => close(),
    );
  }

  function close() {
    const ours = focusIsOurs();
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    label();
    // Give focus back only when it was in our UI; never take it from the page.
    if (ours && guardedEarly) button.focus();
  }

  const menuButton = choice(choices, '', () => showMenu(menu.hidden));
  showMenu(false);
  function showMenu(shown: boolean) {
    menu.hidden = !shown;
    menuButton.setAttribute('aria-expanded', String(shown));
  }

  function hideCard(answer: NudgeAnswer) {
    if (card.hidden) return;
    const ours = focusIsOurs();
    card.hidden = true;
    showMenu(false);
    text.textContent = '';
    const done = answered;
    answered = null;
    done?.(answer);
    if (ours && guardedEarly) button.focus();
  }

  function choice(parent: HTMLElement, words: string, act: () => void, className = '') {
    const option = el('button', className);
    option.type = 'button';
    option.textContent = words;
    option.addEventListener('click', trusted(act));
    parent.append(option);
    return option;
  }
  const answer = (parent: HTMLElement, words: string, said: NudgeAnswer | 'open', className?: string) =>
    choice(parent, words, () => (said === 'open' ? open() : hideCard(said)), className);

  button.addEventListener(
    'click',
    trusted(() => (isOpen() ? close() : open())),
  );
  // Start loading the sidebar when a pointer or focus reaches the launcher, so
  // it is ready by the click, without loading it on every page that never opens it.
  const prepare = trusted(() => {
    void ensureFrame().catch(() => undefined);
  });
  for (const intent of ['pointerenter', 'focus']) button.addEventListener(intent, prepare);

  const watcher = new MutationObserver(() => {
    // Single-page apps may rebuild the page's top level; put the launcher back.
    if (!host.isConnected) document.documentElement.append(host);
  });

  return {
    host,
    attach(prefs) {
      const save = answer(choices, '', 'save', 'primary');
      const notNow = answer(choices, '', 'not-now');
      menuButton.before(save, notNow);
      const items = prefs.labels.choices.map(([said]) => answer(menu, '', said));
      relabel = (next) => {
        labels = next;
        if (frame) frame.title = next.frameTitle;
        label();
        card.setAttribute('aria-label', next.prompt);
        menuButton.textContent = next.menu;
        save.textContent = next.save;
        notNow.textContent = next.notNow;
        next.choices.forEach(([, words], index) => items[index] && (items[index].textContent = words));
      };
      applyPrefs(prefs);
      document.documentElement.append(host);
      // Only the root's direct children: page updates deeper down cost nothing.
      watcher.observe(document.documentElement, { childList: true });
    },
    applyPrefs,
    open,
    close,
    isOpen,
    toggle: () => (isOpen() ? close() : open()),
    ownKey(event) {
      if (!event.isTrusted) return;
      if (opensQuickFind(event)) event.preventDefault();
      if (event.type !== 'keydown' || event.key !== 'Escape') return;
      // Escape closes the innermost thing first: the card's menu, then the card, then the sidebar.
      if (!menu.hidden) {
        showMenu(false);
        if (focusIsOurs()) menuButton.focus();
      } else if (!card.hidden) hideCard('dismiss');
      else if (isOpen()) close();
    },
    showNudge(words, onAnswer) {
      if (isOpen()) return onAnswer('dismiss');
      answered = onAnswer;
      card.hidden = false;
      // Filled after showing, so screen readers announce it as a live update.
      text.textContent = words;
    },
    dismissNudge: () => hideCard('dismiss'),
    foldNudge: () => hideCard('fold'),
    unmount() {
      watcher.disconnect();
      host.remove();
    },
  };
}

function emberIcon(document: Document): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  for (const [d, fill] of [
    [
      'M12 2c1 3.2 4.8 5.4 4.8 10.2A4.8 4.8 0 0 1 12 17a4.8 4.8 0 0 1-4.8-4.8c0-2 .9-3.4 2-4.6.2 1.7 1 2.8 2.2 3.3C11 8.5 11.3 5 12 2z',
      '#ea580c',
    ],
    ['M5 19.5h14a1.5 1.5 0 0 1 0 3H5a1.5 1.5 0 0 1 0-3z', '#b45309'],
  ]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d!);
    path.setAttribute('fill', fill!);
    svg.append(path);
  }
  return svg;
}
