import { setLanguage } from './index';
import { chooseLanguage, type LanguageInputs } from './languages';
import { loadLanguage } from './load';

/** Where the language comes from: the user's setting, the organisation's policy and the browser. */
export interface LanguageSource {
  read(): Promise<LanguageInputs>;
  /** Calls `changed` whenever any input may have changed; returns how to stop. */
  watch(changed: () => void): () => void;
}

/**
 * Speaks the chosen language now and follows every later change, so an open
 * page switches as soon as the user (or policy) picks another language.
 * Settles once the first choice is applied; resolves to how to stop following.
 */
export async function followLanguage(source: LanguageSource): Promise<() => void> {
  let asked = 0;
  const apply = async () => {
    const mine = ++asked;
    const inputs = await source.read().catch((): LanguageInputs => ({}));
    const next = chooseLanguage(inputs);
    // Its words first; should they fail to load, each message falls back to English.
    await loadLanguage(next).catch(() => undefined);
    // Two quick changes: only the newest read may win.
    if (mine === asked) setLanguage(next);
  };
  const stop = source.watch(() => void apply());
  await apply();
  return stop;
}
