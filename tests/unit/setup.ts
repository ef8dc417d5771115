import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { addAllLanguages } from '@/lib/i18n/all';

// Tests switch language with setLanguage at once; pages load a language's words first (lib/i18n/load.ts).
addAllLanguages();

beforeEach(() => {
  fakeBrowser.reset();
});
