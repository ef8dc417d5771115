import { describe, expect, it, vi } from 'vitest';
import { claimed, EARLY_CLAIM, sendClaim } from '@/lib/sidebar/claim';

/** The background as the plain script reaches it: `answer` is its reply, or what it throws. */
function background(answer: () => unknown) {
  const sent: unknown[] = [];
  return {
    sent,
    runtime: {
      sendMessage: vi.fn(async (message: unknown) => {
        sent.push(message);
        return answer();
      }),
    },
  };
}

describe('the embedded sidebar’s claim to its frame', () => {
  it('presents the token from its URL and is shown the journal only on a granted claim', async () => {
    const granting = background(() => ({ ok: true, value: true }));
    await expect(sendClaim('?embedded=1&token=tok-7', granting)).resolves.toBe(true);
    expect(granting.sent).toEqual([{ channel: 'kindling', type: 'sidebar/claim', data: { token: 'tok-7' } }]);
    // Refused, an error, no answer, or a background gone: the neutral page.
    for (const answer of [
      () => ({ ok: true, value: false }),
      () => ({ ok: false, error: 'no' }),
      () => undefined,
      () => ({ ok: true, value: 'yes' }),
      () => {
        throw new Error('Extension context invalidated.');
      },
    ]) {
      await expect(sendClaim('?embedded=1&token=tok-7', background(answer))).resolves.toBe(false);
    }
    const noToken = background(() => ({ ok: true, value: false }));
    await sendClaim('?embedded=1', noToken);
    expect(noToken.sent).toEqual([{ channel: 'kindling', type: 'sidebar/claim', data: { token: '' } }]);
  });

  it('takes the claim the page’s head script sent, and sends none of its own', async () => {
    const messenger = background(() => ({ ok: true, value: true }));
    const world: Record<string, unknown> = { [EARLY_CLAIM]: Promise.resolve(false) };
    await expect(claimed(world, '?embedded=1&token=t', messenger)).resolves.toBe(false);
    expect(messenger.runtime.sendMessage).not.toHaveBeenCalled();
    // The head script did not run: the claim is sent now.
    await expect(claimed({}, '?embedded=1&token=t', messenger)).resolves.toBe(true);
    expect(messenger.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
