import { storage } from 'wxt/utils/storage';

/**
 * Every setting Kindling keeps, declared here and nowhere else. Settings live
 * in the extension's own browser.storage.local; saved actions and check-ins
 * live in IndexedDB, owned by the background.
 */
export const settings = {
  /** Whether the toolbar badge shows how many actions are open. */
  badge: storage.defineItem<boolean>('local:settings.badge', { fallback: true }),
};
