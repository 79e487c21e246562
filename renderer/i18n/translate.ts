// A very small translation layer: typed keys, {name} placeholders, plural forms by Intl.PluralRules.
// No library: the needs are small and every dependency is code that runs next to the evidence.
// This file holds no language's messages: the window loads only hers (languages.ts), while the
// tests and tools read all four at once (index.ts).
import type { Language } from '../../shared/appContract';
import { COMPLETE, type Key, type Message, type Params, type PartialMessages } from './types';

/** The languages' messages that are at hand; the window has only hers and its fallbacks. */
export type Tables = Partial<Record<Language, PartialMessages>>;

/** Where a missing Belarusian or Ukrainian message comes from. Belarusian readers nearly all read
 *  Russian too; for Ukrainian, English is the kinder fallback. Never on the screens translated in
 *  full (types.ts COMPLETE): there a missing message shows its key, which the tests catch. */
export const FALLBACK: Record<Language, readonly Language[]> = { en: [], ru: ['en'], be: ['ru', 'en'], uk: ['en'] };

/** Locale tags for Intl: en-GB writes dates day-first, like the other three languages. */
export const LOCALE: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', be: 'be-BY', uk: 'uk-UA' };

/** A message from these tables, falling back as above. Exported for the tests. */
export function lookupIn(tables: Tables, language: Language, namespace: string, name: string): Message | undefined {
  const fallback = (COMPLETE as readonly string[]).includes(namespace) ? [] : FALLBACK[language];
  for (const lang of [language, ...fallback]) {
    const table = (tables[lang] as Record<string, Record<string, Message> | undefined> | undefined)?.[namespace];
    const found = table?.[name];
    if (found !== undefined) return found;
  }
  return undefined;
}

function fill(text: string, params: Params | undefined, locale: string): string {
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

export type Translate = (key: Key, params?: Params) => string;

/** Her language's translator over these tables (hers and its fallbacks must be in them). */
export function translatorOver(tables: Tables, language: Language): Translate {
  const locale = LOCALE[language];
  const plurals = new Intl.PluralRules(locale);
  return (key, params) => {
    const dot = key.indexOf('.');
    const message = lookupIn(tables, language, key.slice(0, dot), key.slice(dot + 1));
    if (message === undefined) return key;
    if (typeof message === 'string') return fill(message, params, locale);
    const count = typeof params?.count === 'number' ? params.count : 0;
    const form = plurals.select(count);
    return fill(message[form] ?? message.other, params, locale);
  };
}
