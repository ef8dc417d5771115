import type { PlainMessenger, Reply, RequestMessage } from '../messages';

/**
 * The embedded sidebar's claim to its frame (see lib/background/sidebar-tokens.ts),
 * sent as early as the page allows: by a plain script in the page's head
 * (`claim-script.ts`, built as /sidebar-claim.js), while the sidebar's
 * modules are still loading, so the background's answer, or its waking,
 * overlaps them. The modules pick the answer up from the page's own global.
 */
export const EARLY_CLAIM = '__kindlingClaim';

/** Sends the claim for the token in `search`; true when the background grants it. */
export function sendClaim(search: string, messenger: PlainMessenger): Promise<boolean> {
  const claim: RequestMessage<'sidebar/claim'> = {
    channel: 'kindling',
    type: 'sidebar/claim',
    data: { token: new URLSearchParams(search).get('token') ?? '' },
  };
  return messenger.runtime.sendMessage(claim).then(
    (reply) => {
      const answer = reply as Reply<boolean> | undefined;
      return answer?.ok === true && answer.value === true;
    },
    () => false,
  );
}

/** The claim the head script sent, or one sent now (the script did not run). */
export function claimed(
  world: Record<string, unknown>,
  search: string,
  messenger: PlainMessenger,
): Promise<boolean> {
  const early = world[EARLY_CLAIM] as Promise<boolean> | undefined;
  return early ?? sendClaim(search, messenger);
}
