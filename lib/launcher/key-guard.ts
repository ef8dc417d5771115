/**
 * Keeps keys pressed in Kindling's own UI away from the host page.
 *
 * Stopping key events at `<kindling-root>` only hides them from the page's
 * bubble-phase listeners: capture-phase listeners on window and document run
 * first. So on an enabled site the key guard script (`guard-script.ts`) runs
 * at document_start, before any page script, and this one capture listener on
 * window is the first the page's keys meet. For a key pressed in our shadow root it runs our own handling
 * and stops the event there. For any other key it only notes the moment of
 * typing into an editable element (never what was typed, nor where) and
 * whether Escape was pressed, and lets the event go on untouched.
 *
 * Keys inside the sidebar are in an extension page in an iframe, so the host
 * never sees them at all.
 *
 * Events a page script made (`isTrusted` false), even ones it dispatched at
 * `<kindling-root>` itself, are the page's own: they never reach our handling.
 */
export interface KeyGuardEnv {
  window: Window;
  /** Our `<kindling-root>`, once made: at window level, events from inside its shadow root have it as target. */
  host(): Element | null;
  ownKey(event: KeyboardEvent): void;
  pageTyped(): void;
  pageEscape(): void;
}

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
 * installed at document_start, or (brought by the toolbar or shortcut to a
 * site not enabled, after the page's scripts) one installed now.
 */
export function guardTab(world: Record<string, unknown>, window: Window, now: () => number): GuardedTab {
  const installed = world[GUARDED] as GuardedTab | undefined;
  if (installed) return installed;
  const tab: GuardedTab = {
    host: null,
    early: window.document.readyState === 'loading',
    startedAt: now(),
    typedAt: null,
    ownKey() {},
    pageEscape() {},
    stop() {},
  };
  const unguard = guardKeys({
    window,
    host: () => tab.host,
    ownKey: (event) => tab.ownKey(event),
    pageTyped: () => (tab.typedAt = now()),
    pageEscape: () => tab.pageEscape(),
  });
  tab.stop = () => {
    unguard();
    delete world[GUARDED];
  };
  world[GUARDED] = tab;
  return tab;
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function guardKeys({ window, host, ownKey, pageTyped, pageEscape }: KeyGuardEnv): () => void {
  const guard = (event: Event) => {
    if (!event.isTrusted) return;
    const key = event as KeyboardEvent;
    if (event.target === host() && event.target) {
      ownKey(key);
      event.stopImmediatePropagation();
      return;
    }
    if (event.type !== 'keydown') return;
    if (key.key === 'Escape') pageEscape();
    else if (isEditable(event.target)) pageTyped();
  };
  // Not passive: ownKey cancels the keys that would open Firefox's Quick Find from our buttons.
  const options = { capture: true } as const;
  for (const type of KEY_EVENTS) window.addEventListener(type, guard, options);
  return () => {
    for (const type of KEY_EVENTS) window.removeEventListener(type, guard, options);
  };
}

/**
 * Settles once the page has loaded and then gone idle (or two seconds passed).
 * `pageshow` comes right after the load event's own listeners, so not even
 * our scheduling runs inside the page's load.
 */
export function pageSettled(window: Window): Promise<void> {
  return new Promise((resolve) => {
    const whenIdle = () => window.requestIdleCallback(() => resolve(), { timeout: 2_000 });
    if (window.document.readyState === 'complete') whenIdle();
    else window.addEventListener('pageshow', whenIdle, { once: true });
  });
}

/** Whether keys sent to this element type text: inputs, text areas, editable regions. */
export function isEditable(target: EventTarget | null): boolean {
  const element = target as (Partial<HTMLElement> & { type?: string }) | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  return !NOT_TYPED.has(String(element.type ?? 'text').toLowerCase());
}

const NOT_TYPED = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);
