// Her language's messages, loaded before the first screen is drawn, and another language's when she
// switches. Russian, Belarusian and Ukrainian are each a file of their own in the built app (a
// dynamic import of the app's own file: no network, no eval), so the first screen's script carries
// no language she does not read. English ends every fallback chain (FALLBACK), so it is always
// needed and comes with the script itself: the one language that can never fail to load.
import type { Language } from '../../shared/appContract';
import { en } from './en';
import { FALLBACK, translatorOver, type Tables, type Translate } from './translate';
import type { PartialMessages } from './types';

const CATALOGUES: Record<Language, () => Promise<PartialMessages>> = {
  en: () => Promise.resolve(en),
  ru: () => import('./ru').then((m) => m.ru),
  be: () => import('./be').then((m) => m.be),
  uk: () => import('./uk').then((m) => m.uk),
};

/** What is loaded so far; a language once loaded stays for the life of the window. */
const loaded: Tables = { en };

/** A language's file could not be read (a damaged install): nothing changed, the screen stays in
 *  the language it was in. */
export class LanguageNotLoaded extends Error {
  constructor(readonly language: Language) {
    super(`language not loaded: ${language}`);
    this.name = 'LanguageNotLoaded';
  }
}

/** Loads a language and those it falls back to (each once); rejects with LanguageNotLoaded. */
export async function loadLanguage(language: Language): Promise<void> {
  const missing = [language, ...FALLBACK[language]].filter((lang) => loaded[lang] === undefined);
  await Promise.all(
    missing.map(async (lang) => {
      loaded[lang] = await CATALOGUES[lang]().catch(() => {
        throw new LanguageNotLoaded(language);
      });
    }),
  );
}

/** The translator of a language already loaded (loadLanguage first: a message not at hand shows
 *  its key). */
export function translatorFor(language: Language): Translate {
  return translatorOver(loaded, language);
}
