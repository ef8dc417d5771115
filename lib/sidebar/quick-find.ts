import { isEditable } from '../launcher/key-guard';

/**
 * Firefox opens Quick Find when `/` or `'` is typed outside a text field, even
 * in an extension page framed by a web page; the find bar then takes focus and
 * searches the host page with the next keys (seen in Firefox ESR 140 and 153;
 * tests/firefox/journeys.test.mjs). Cancelling the keydown stops Firefox from starting it. Other browsers have no
 * such keys, so this changes nothing there.
 */
export function keepQuickFindAway(window: Window): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (opensQuickFind(event)) event.preventDefault();
  };
  window.addEventListener('keydown', onKey, true);
  return () => window.removeEventListener('keydown', onKey, true);
}

/** Whether Firefox would open Quick Find for this keydown (the launcher's buttons cancel it too). */
export function opensQuickFind(event: KeyboardEvent): boolean {
  if (event.type !== 'keydown' || event.ctrlKey || event.altKey || event.metaKey) return false;
  return (event.key === '/' || event.key === "'") && !isEditable(event.target);
}
