/**
 * Keeps keys pressed in Kindling's own UI away from the host page.
 *
 * Stopping key events at `<kindling-root>` only hides them from the page's
 * bubble-phase listeners: capture-phase listeners on window and document run
 * first. So on an enabled site the key guard script (`guard-script.ts`) runs
 * at document_start, before any page script, and this one capture listener on
 * window is the first the page's keys meet. For a key pressed in our shadow
 * root it runs our own handling and stops the event there. For any other key it only notes the moment of
 * typing into an editable element (never what was typed, nor where) and
 * whether Escape was pressed, and lets the event go on untouched.
 *
 * Keys inside the sidebar are in an extension page in an iframe, so the host
 * never sees them at all.
 *
 * Events a page script made (`isTrusted` false), even ones it dispatched at
 * `<kindling-root>` itself, are the page's own: they never reach our handling.
 */

/**
 * What the key guard hands the launcher, which arrives later, through the
 * content scripts' own world (shared by every Kindling content script in a
 * frame, and invisible to the page's scripts).
 */
export interface GuardedTab {
  /**
   * `<kindling-root>`, made by the launcher (until then no key can be sent to it). Not made
   * here: creating elements in a fresh isolated world costs the page's load a few milliseconds.
   */
  host: HTMLElement | null;
  /** Whether the guard ran before the page's scripts (registered at document_start). */
  early: boolean;
  /** When the guard started: the page's start, for the prompt's wait after load. */
  startedAt: number;
  /** The last moment someone typed in the page, or null. */
  typedAt: number | null;
  /** Set by the launcher once it is built; until then our host is not in the page, so no key reaches it. */
  ownKey(event: KeyboardEvent): void;
  pageEscape(): void;
  /** Removes the guard's listeners (the site was switched off, or the add-on went away). */
  stop(): void;
}

/** The content scripts' world global holding the tab's `GuardedTab`. */
export const GUARDED = '__kindlingGuard';

/**
 * Installs the guard once per frame and answers it: the one the guard script
 * installed at document_start, or (the launcher injected after the page's
 * scripts: a site just enabled, or the toolbar or shortcut on a site not
 * enabled) one installed now.
 *
 * At document_start everything here is paid for by the page's load, in a
 * fresh isolated world where each first use costs: so it is one function
 * with one listener and no helpers to call (each would be compiled on the
 * spot), and the guard script says `early` itself rather than reading the
 * document.
 */
export function guardTab(
  world: Record<string, unknown>,
  window: Window,
  now: () => number,
  early = window.document.readyState === 'loading',
): GuardedTab {
  const installed = world[GUARDED] as GuardedTab | undefined;
  if (installed) return installed;
  const guard = (event: Event) => {
    if (!event.isTrusted) return;
    const { target } = event;
    if (target === tab.host && target) {
      tab.ownKey(event as KeyboardEvent);
      event.stopImmediatePropagation();
    } else if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key === 'Escape') tab.pageEscape();
      else if (isEditable(target)) tab.typedAt = now();
    }
  };
  const tab: GuardedTab = {
    host: null,
    early,
    startedAt: now(),
    typedAt: null,
    ownKey() {},
    pageEscape() {},
    stop() {
      window.removeEventListener('keydown', guard, true);
      window.removeEventListener('keyup', guard, true);
      window.removeEventListener('keypress', guard, true);
      delete world[GUARDED];
    },
  };
  // Capture (true), and not passive: ownKey cancels the keys that would open Firefox's Quick Find
  // from our buttons.
  window.addEventListener('keydown', guard, true);
  window.addEventListener('keyup', guard, true);
  window.addEventListener('keypress', guard, true);
  world[GUARDED] = tab;
  return tab;
}

/**
 * Runs `then` once the page has loaded and then gone idle (or two seconds
 * passed). `pageshow` comes right after the load event's own listeners, so
 * not even our scheduling runs inside the page's load. A callback, not a
 * promise: the guard script calls it at document_start, where every object
 * made is paid for by the page's load.
 */
export function whenSettled(window: Window, then: () => void, loaded?: boolean): void {
  const whenIdle = () => window.requestIdleCallback(then, { timeout: 2_000 });
  if (loaded ?? window.document.readyState === 'complete') whenIdle();
  else window.addEventListener('pageshow', whenIdle, { once: true });
}

/** `whenSettled` as a promise, for the launcher (which runs after the page's load). */
export function pageSettled(window: Window): Promise<void> {
  return new Promise((resolve) => whenSettled(window, resolve));
}

/** Whether keys sent to this element type text: inputs, text areas, editable regions. */
export function isEditable(target: EventTarget | null): boolean {
  const element = target as (Partial<HTMLElement> & { type?: string }) | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  // Made here, on the first keydown, not when the guard loads (see whenSettled).
  return !/^(?:button|checkbox|color|file|hidden|image|radio|range|reset|submit)$/.test(
    String(element.type ?? 'text').toLowerCase(),
  );
}
