// Records every keydown, keyup and keypress on window and document, in both
// the capture and bubble phases, as a clinical web app's shortcuts would see them.
window.seenKeys = [];
for (const target of [window, document]) {
  for (const type of ['keydown', 'keyup', 'keypress']) {
    for (const capture of [true, false]) {
      target.addEventListener(
        type,
        (event) => {
          window.seenKeys.push(`${target === window ? 'window' : 'document'} ${type} ${event.key}`);
          const count = document.getElementById('count');
          if (count) count.textContent = String(window.seenKeys.length);
        },
        capture,
      );
    }
  }
}
