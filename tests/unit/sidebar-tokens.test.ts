import { describe, it, expect } from 'vitest';
import {
  allows,
  claim,
  createSidebarTokens,
  forgetTab,
  grantedFrames,
  issue,
  NO_GRANTS,
  SPARE_LIFETIME,
  TOKEN_LIFETIME,
  type SidebarGrants,
} from '@/lib/background/sidebar-tokens';

const NOON = Date.UTC(2026, 5, 6, 12, 0);
const WARD_TAB = 4;
const SIDEBAR_FRAME = 7;

describe('sidebar tokens: only the frame the launcher opened sees the journal', () => {
  it('grants the sidebar frame of the tab whose launcher asked, and only that frame', () => {
    const issued = issue(NO_GRANTS, 'tok-1', WARD_TAB, NOON);
    const { grants, granted } = claim(issued, 'tok-1', WARD_TAB, SIDEBAR_FRAME, NOON + 500);
    expect(granted).toBe(true);
    expect(allows(grants, WARD_TAB, SIDEBAR_FRAME)).toBe(true);
    expect(allows(grants, WARD_TAB, SIDEBAR_FRAME + 1)).toBe(false);
    expect(allows(grants, WARD_TAB + 1, SIDEBAR_FRAME)).toBe(false);
  });

  it('is single-use: a second frame presenting a spent token is refused, the first keeps its grant', () => {
    const first = claim(issue(NO_GRANTS, 'tok-1', WARD_TAB, NOON), 'tok-1', WARD_TAB, SIDEBAR_FRAME, NOON);
    const second = claim(first.grants, 'tok-1', WARD_TAB, 99, NOON);
    expect(second.granted).toBe(false);
    expect(allows(second.grants, WARD_TAB, 99)).toBe(false);
    expect(allows(second.grants, WARD_TAB, SIDEBAR_FRAME)).toBe(true);
  });

  it('lets the same sidebar frame claim its token again when it reloads', () => {
    const first = claim(issue(NO_GRANTS, 'tok-1', WARD_TAB, NOON), 'tok-1', WARD_TAB, SIDEBAR_FRAME, NOON);
    expect(claim(first.grants, 'tok-1', WARD_TAB, SIDEBAR_FRAME, NOON + 10 * TOKEN_LIFETIME).granted).toBe(
      true,
    );
  });

  it('refuses a token issued to another tab, a made-up token and a lapsed one', () => {
    const issued = issue(NO_GRANTS, 'tok-1', WARD_TAB, NOON);
    expect(claim(issued, 'tok-1', 5, SIDEBAR_FRAME, NOON).granted).toBe(false);
    expect(claim(issued, 'guess', WARD_TAB, SIDEBAR_FRAME, NOON).granted).toBe(false);
    expect(claim(issued, 'tok-1', WARD_TAB, SIDEBAR_FRAME, NOON + TOKEN_LIFETIME).granted).toBe(false);
  });

  it('drops lapsed unclaimed tokens when issuing, so they do not pile up', () => {
    const old = issue(NO_GRANTS, 'tok-old', WARD_TAB, NOON);
    const later = issue(old, 'tok-new', WARD_TAB, NOON + TOKEN_LIFETIME + 1);
    expect(Object.keys(later.tokens)).toEqual(['tok-new']);
  });

  it('keeps a spare token (asked for once the page has loaded) for a shift, one per tab', () => {
    let grants = issue(NO_GRANTS, 'spare-1', WARD_TAB, NOON, true);
    grants = issue(grants, 'other-tab', 9, NOON, true);
    grants = issue(grants, 'now', WARD_TAB, NOON);
    // The tab loads another page: its new spare replaces the old one, and nothing else.
    grants = issue(grants, 'spare-2', WARD_TAB, NOON + 60_000, true);
    expect(Object.keys(grants.tokens).sort()).toEqual(['now', 'other-tab', 'spare-2']);
    expect(claim(grants, 'spare-1', WARD_TAB, SIDEBAR_FRAME, NOON + 60_000).granted).toBe(false);
    // Long after a token asked for at the click would have lapsed, the spare is still good, then it lapses.
    expect(claim(grants, 'spare-2', WARD_TAB, SIDEBAR_FRAME, NOON + 3 * 60 * 60_000).granted).toBe(true);
    expect(claim(grants, 'spare-2', WARD_TAB, SIDEBAR_FRAME, NOON + 60_000 + SPARE_LIFETIME).granted).toBe(
      false,
    );
    // Still bound to its tab.
    expect(claim(grants, 'other-tab', WARD_TAB, SIDEBAR_FRAME, NOON).granted).toBe(false);
  });

  it('lists the frames that claimed a token, for news of changed data, and no frame that did not', () => {
    let grants: SidebarGrants = issue(NO_GRANTS, 'a', WARD_TAB, NOON);
    grants = claim(grants, 'a', WARD_TAB, SIDEBAR_FRAME, NOON).grants;
    grants = claim(grants, 'a', WARD_TAB, 99, NOON).grants;
    grants = issue(grants, 'b', 9, NOON);
    expect(grantedFrames(grants)).toEqual([{ tabId: WARD_TAB, frameId: SIDEBAR_FRAME }]);
  });

  it('forgets a closed tab’s tokens and grants, and no other tab’s', () => {
    let grants: SidebarGrants = issue(NO_GRANTS, 'a', WARD_TAB, NOON);
    grants = claim(grants, 'a', WARD_TAB, SIDEBAR_FRAME, NOON).grants;
    grants = issue(grants, 'b', 9, NOON);
    grants = claim(grants, 'b', 9, 2, NOON).grants;
    grants = issue(grants, 'c', WARD_TAB, NOON);
    grants = forgetTab(grants, WARD_TAB);
    expect(allows(grants, WARD_TAB, SIDEBAR_FRAME)).toBe(false);
    expect(claim(grants, 'c', WARD_TAB, 3, NOON).granted).toBe(false);
    expect(allows(grants, 9, 2)).toBe(true);
  });
});

describe('the background’s keeper of sidebar grants', () => {
  it('keeps grants across a restart of the background (a sleeping service worker)', async () => {
    let stored: SidebarGrants | undefined;
    const env = {
      now: () => NOON,
      newToken: () => 'tok-1',
      load: async () => stored,
      save: async (grants: SidebarGrants) => void (stored = grants),
    };
    const before = createSidebarTokens(env);
    const token = await before.issue(WARD_TAB);
    expect(await before.claim(token, WARD_TAB, SIDEBAR_FRAME)).toBe(true);

    const after = createSidebarTokens(env);
    expect(await after.allows(WARD_TAB, SIDEBAR_FRAME)).toBe(true);
    expect(await after.claim(token, WARD_TAB, 8)).toBe(false);
  });

  it('issues a fresh token each time the launcher asks', async () => {
    let next = 0;
    const tokens = createSidebarTokens({
      now: () => NOON,
      newToken: () => `tok-${++next}`,
      load: async () => undefined,
      save: async () => undefined,
    });
    expect([await tokens.issue(WARD_TAB), await tokens.issue(WARD_TAB)]).toEqual(['tok-1', 'tok-2']);
  });
});
