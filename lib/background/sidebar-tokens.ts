/**
 * Which embedded sidebars may see the user's data.
 *
 * A Kindling page loaded in a frame of a web tab is either the sidebar our
 * launcher opened, or a frame some web page made of a Kindling URL. The
 * launcher asks for a single-use token bound to its tab, puts it in the
 * frame's URL, and the sidebar claims it: from then on that one frame of that
 * tab is answered. A frame that brings no live token of its own tab gets
 * nothing but a neutral page.
 */

/** How long a token waits for its sidebar to load before it lapses. */
export const TOKEN_LIFETIME = 2 * 60_000;
/**
 * How long a spare token lasts: one the launcher asks for once the page has
 * loaded, so that a click opens the sidebar without waiting for the
 * background. A shift's length; the launcher asks afresh after it.
 */
export const SPARE_LIFETIME = 12 * 60 * 60_000;

export interface SidebarGrants {
  /** Unclaimed tokens: the tab they were issued to, when they lapse, and whether it is the tab's spare. */
  tokens: Record<string, { tabId: number; expires: number; spare?: true }>;
  /** Claimed tokens, by token: the one frame that claimed it. */
  claimed: Record<string, { tabId: number; frameId: number }>;
}

export const NO_GRANTS: SidebarGrants = { tokens: {}, claimed: {} };

/**
 * Issues `token` to the launcher of `tabId`, dropping tokens that lapsed. A
 * tab holds one spare at most: a new page in the tab asks for its own, and
 * the one before it is dropped.
 */
export function issue(
  grants: SidebarGrants,
  token: string,
  tabId: number,
  now: number,
  spare = false,
): SidebarGrants {
  const kept = Object.entries(grants.tokens).filter(
    ([, each]) => each.expires > now && !(spare && each.spare && each.tabId === tabId),
  );
  const issued = spare
    ? { tabId, expires: now + SPARE_LIFETIME, spare: true as const }
    : { tabId, expires: now + TOKEN_LIFETIME };
  return { ...grants, tokens: { ...Object.fromEntries(kept), [token]: issued } };
}

/**
 * A sidebar frame presents its token. It is granted when the token is live
 * and was issued to this tab, or when this same frame claimed it before (a
 * reload of the sidebar). Any other frame is refused, and the token is spent.
 */
export function claim(
  grants: SidebarGrants,
  token: string,
  tabId: number,
  frameId: number,
  now: number,
): { grants: SidebarGrants; granted: boolean } {
  const before = grants.claimed[token];
  if (before) return { grants, granted: before.tabId === tabId && before.frameId === frameId };
  const issued = grants.tokens[token];
  if (!issued || issued.expires <= now || issued.tabId !== tabId) return { grants, granted: false };
  const { [token]: _spent, ...tokens } = grants.tokens;
  return { grants: { tokens, claimed: { ...grants.claimed, [token]: { tabId, frameId } } }, granted: true };
}

/** Whether the frame `frameId` of tab `tabId` claimed a token of its tab. */
export function allows(grants: SidebarGrants, tabId: number, frameId: number): boolean {
  return Object.values(grants.claimed).some((each) => each.tabId === tabId && each.frameId === frameId);
}

/** Every frame that claimed a token: the embedded sidebars open now. */
export function grantedFrames(grants: SidebarGrants): { tabId: number; frameId: number }[] {
  return Object.values(grants.claimed);
}

/** Forgets every token and grant of a tab (closed, or gone to another page). */
export function forgetTab(grants: SidebarGrants, tabId: number): SidebarGrants {
  const keep = <T extends { tabId: number }>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([, each]) => each.tabId !== tabId));
  return { tokens: keep(grants.tokens), claimed: keep(grants.claimed) };
}

export interface SidebarTokenEnv {
  now(): number;
  newToken(): string;
  /** Where grants survive a restart of the background (MV3's service worker stops when idle). */
  load(): Promise<SidebarGrants | undefined>;
  save(grants: SidebarGrants): Promise<void>;
}

/** The background's keeper of sidebar grants: changes run one at a time and are saved. */
export function createSidebarTokens(env: SidebarTokenEnv) {
  let current: Promise<SidebarGrants> | null = null;
  const read = () =>
    (current ??= env.load().then(
      (stored) => stored ?? NO_GRANTS,
      () => NO_GRANTS,
    ));
  let queue: Promise<unknown> = Promise.resolve();
  const change = <T>(work: (grants: SidebarGrants) => { grants: SidebarGrants; result: T }): Promise<T> => {
    const next = queue.then(async () => {
      const { grants, result } = work(await read());
      current = Promise.resolve(grants);
      await env.save(grants).catch(() => undefined);
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    issue: (tabId: number, spare = false) =>
      change((grants) => {
        const token = env.newToken();
        return { grants: issue(grants, token, tabId, env.now(), spare), result: token };
      }),
    claim: (token: string, tabId: number, frameId: number) =>
      change((grants) => {
        const outcome = claim(grants, token, tabId, frameId, env.now());
        return { grants: outcome.grants, result: outcome.granted };
      }),
    allows: async (tabId: number, frameId: number) => {
      await queue;
      return allows(await read(), tabId, frameId);
    },
    frames: async () => {
      await queue;
      return grantedFrames(await read());
    },
    forgetTab: (tabId: number) => change((grants) => ({ grants: forgetTab(grants, tabId), result: null })),
  };
}

export type SidebarTokens = ReturnType<typeof createSidebarTokens>;

/** A keeper that holds grants in memory only, for tests and handler tables built without one. */
export function memorySidebarTokens(now: () => number = Date.now): SidebarTokens {
  let saved: SidebarGrants | undefined;
  return createSidebarTokens({
    now,
    newToken: () => crypto.randomUUID(),
    load: async () => saved,
    save: async (grants) => void (saved = grants),
  });
}
