// Steps and data the Chromium specs (Playwright) and the Firefox journeys (puppeteer) can share:
// plain data, and functions that run inside a page, which both drivers pass to `evaluate`.

/** The six lenses of the leaders' check-in, as their headings read, in the order the walk takes them. */
export const LENS_HEADINGS = [
  'White hat: Facts',
  'Red hat: Feelings',
  'Black hat: Caution',
  'Yellow hat: Benefits',
  'Green hat: New ideas',
  'Blue hat: Process and organisation',
];

/**
 * Runs in a frame a web page made of a Kindling URL: what Kindling's page there shows, once it
 * has rendered (null before, or when the frame holds no Kindling page): its text and how many
 * controls a user could reach (buttons, links, fields, anything in the Tab order).
 */
export function framedKindling() {
  const app = document.querySelector('#app');
  if (!location.protocol.endsWith('-extension:') || !app?.firstElementChild) return null;
  return {
    text: app.innerText,
    controls: app.querySelectorAll('button, a[href], input, select, textarea, [tabindex]').length,
  };
}
