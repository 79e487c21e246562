// All four languages' messages at once, for the tests, the benchmarks and tools that run in Node.
// The app's window never imports this file (it would carry every language into the first screen's
// script, tests/unit/electron/rendererBundle.test.ts): it loads hers alone, through languages.ts.
import type { Language } from '../../shared/appContract';
import { be } from './be';
import { en } from './en';
import { ru } from './ru';
import { translatorOver, type Translate } from './translate';
import type { Key, Messages, Params, PartialMessages } from './types';
import { uk } from './uk';

const MESSAGES: Record<Language, PartialMessages> = { en, ru, be, uk };

export function translator(language: Language): Translate {
  return translatorOver(MESSAGES, language);
}

export { FALLBACK, LOCALE, lookupIn, type Translate } from './translate';
export type { Key, Messages, Params };
export { en };
