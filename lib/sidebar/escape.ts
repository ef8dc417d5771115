import { isEditable } from '../launcher/key-guard';

type Key = Pick<KeyboardEvent, 'key' | 'target'>;

/**
 * Escape closes the embedded sidebar, except in a text field, where it
 * belongs to the field (a half-typed note). The sidebar closes when Escape is
 * released, not pressed: closing on the press hands focus back to the host
 * page, which would then hear the release.
 */
export function escapeCloser(close: () => void): { down(event: Key): void; up(event: Key): void } {
  let armed = false;
  return {
    down(event) {
      if (event.key === 'Escape') armed = !isEditable(event.target);
    },
    up(event) {
      if (event.key !== 'Escape' || !armed) return;
      armed = false;
      close();
    },
  };
}

/** Wires {@link escapeCloser} to a sidebar page; returns the undo. */
export function closeOnEscape(document: Document, close: () => void): () => void {
  const { down, up } = escapeCloser(close);
  document.addEventListener('keydown', down);
  document.addEventListener('keyup', up);
  return () => {
    document.removeEventListener('keydown', down);
    document.removeEventListener('keyup', up);
  };
}
