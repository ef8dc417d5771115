/** The badge's text: how many actions are open, or nothing when there are none or it is switched off. */
export function badgeText(open: number, enabled: boolean): string {
  if (!enabled || open <= 0) return '';
  return open > 999 ? '999+' : String(open);
}

export interface BadgeDeps {
  /** browser.action (MV3) or browser.browserAction (Firefox MV2). */
  action:
    | {
        setBadgeText(details: { text: string }): Promise<void>;
        setTitle?(details: { title: string }): Promise<void>;
      }
    | undefined;
  countOpen: () => Promise<number>;
  enabled: () => Promise<boolean>;
  /** The toolbar button's tooltip for this many open actions, in the user's language. */
  title?: (open: number) => string;
}

/** Keeps the toolbar badge showing the number of open actions; updates run one after another. */
export function createBadge({ action, countOpen, enabled, title }: BadgeDeps) {
  let queue: Promise<void> = Promise.resolve();
  return {
    refresh(): Promise<void> {
      queue = queue
        .then(async () => {
          const [open, on] = await Promise.all([countOpen(), enabled()]);
          await action?.setBadgeText({ text: badgeText(open, on) });
          if (title) await action?.setTitle?.({ title: title(open) });
        })
        .catch((error: unknown) => console.error('Kindling badge', error));
      return queue;
    },
  };
}
