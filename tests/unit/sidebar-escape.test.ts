import { describe, expect, it, vi } from 'vitest';
import { escapeCloser } from '@/lib/sidebar/escape';

const button = { tagName: 'BUTTON' } as unknown as EventTarget;
const note = { tagName: 'TEXTAREA' } as unknown as EventTarget;

describe('Escape in the embedded sidebar', () => {
  it('closes it when the key is released, so the page never hears the release', () => {
    const close = vi.fn();
    const keys = escapeCloser(close);
    keys.down({ key: 'Escape', target: button });
    expect(close).not.toHaveBeenCalled();
    keys.up({ key: 'Escape', target: button });
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('leaves a half-typed note alone', () => {
    const close = vi.fn();
    const keys = escapeCloser(close);
    keys.down({ key: 'Escape', target: note });
    keys.up({ key: 'Escape', target: note });
    expect(close).not.toHaveBeenCalled();
  });

  it('does not close on a release whose press it never saw, nor on other keys', () => {
    const close = vi.fn();
    const keys = escapeCloser(close);
    keys.up({ key: 'Escape', target: button });
    keys.down({ key: 'Enter', target: button });
    keys.up({ key: 'Enter', target: button });
    expect(close).not.toHaveBeenCalled();
  });
});
