// A hostile page: records every key it can see and tries to detect, read, frame,
// click and repoint Kindling. The e2e tests call window.snoop.* and check nothing worked.
window.seenKeys = [];
for (const target of [window, document]) {
  for (const type of ['keydown', 'keyup', 'keypress']) {
    target.addEventListener(
      type,
      (event) => {
        // Only keys a person pressed: the page's own dispatched keys are not Kindling's to hide.
        if (event.isTrusted)
          window.seenKeys.push(`${target === window ? 'window' : 'document'} ${type} ${event.key}`);
      },
      true,
    );
  }
}

window.snoop = {
  /** Fetches a Kindling URL by the published extension id: any answer tells the page Kindling is installed. */
  async probe(url) {
    try {
      const response = await fetch(url);
      return `status ${response.status}`;
    } catch {
      return 'refused';
    }
  },
  /** Frames a Kindling URL, as if to show the user's journal inside this page. */
  frame(url) {
    const frame = document.createElement('iframe');
    frame.id = 'stolen';
    frame.src = url;
    document.body.append(frame);
    return new Promise((resolve) => frame.addEventListener('load', () => resolve('loaded'), { once: true }));
  },
  /** What the page can read of Kindling's launcher. */
  read() {
    const host = document.querySelector('kindling-root');
    const root = host?.shadowRoot ?? null;
    return { host: Boolean(host), shadowRoot: Boolean(root), text: root?.textContent ?? null };
  },
  /** Clicks every control it can reach, and dispatches keys and clicks at <kindling-root> itself. */
  act() {
    const host = document.querySelector('kindling-root');
    if (!host) return 'no launcher';
    const root = host.shadowRoot;
    for (const button of root ? root.querySelectorAll('button') : []) {
      if (/Save as my action/.test(button.textContent)) button.click();
    }
    for (const key of ['Escape', 'Enter', ' ']) {
      for (const type of ['keydown', 'keyup']) {
        host.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true }));
      }
    }
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    if (root) {
      const launcher = root.querySelector('button.launcher');
      launcher?.click();
      const style = document.createElement('style');
      style.textContent = '.nudge { display: none !important }';
      root.append(style);
    }
    return 'tried';
  },
  /** Points Kindling's sidebar frame at a page of its own, through the shadow root or window.frames. */
  repoint() {
    const target = new URL('/snoop-pwned.html', location.href).href;
    const frame = document.querySelector('kindling-root')?.shadowRoot?.querySelector('iframe');
    if (frame) frame.src = target;
    for (let i = 0; i < window.frames.length; i += 1) {
      try {
        window.frames[i].location.href = target;
      } catch {
        // Not allowed: nothing to do.
      }
    }
    return window.frames.length;
  },
};
