/**
 * Keeps keys pressed in Kindling's own UI away from the host page.
 *
 * Stopping key events at `<kindling-root>` only hides them from the page's
 * bubble-phase listeners: capture-phase listeners on window and document run
 * first. So the launcher script runs at document_start, before any page
 * script, and this one capture listener on window is the first the page's
 * keys meet. For a key pressed in our shadow root it runs our own handling
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
  /** Our `<kindling-root>`: at window level, events from inside its shadow root have it as target. */
  host: Element;
  ownKey(event: KeyboardEvent): void;
  pageTyped(): void;
  pageEscape(): void;
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function guardKeys({ window, host, ownKey, pageTyped, pageEscape }: KeyGuardEnv): () => void {
  const guard = (event: Event) => {
    if (!event.isTrusted) return;
    const key = event as KeyboardEvent;
    if (event.target === host) {
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
