import { describe, expect, it } from 'vitest';
import { VERIFY_REASONS } from '../../../shared/dossierContract';
import { ERROR_CODES, VERIFY_VERDICTS } from '../../../shared/errors';
import { en, lookupIn, translator } from '../../../renderer/i18n';
import { be } from '../../../renderer/i18n/be';
import { ru } from '../../../renderer/i18n/ru';
import { COMPLETE, type PartialMessages } from '../../../renderer/i18n/types';
import { uk } from '../../../renderer/i18n/uk';

/** The namespaces of every core flow: unlock and create, timeline, entries, people, settings, help. */
const CORE = ['common', 'vault', 'verify', 'timeline', 'entry', 'people', 'settings', 'help', 'notes', 'errors', 'cat_incident', 'cat_stalking', 'cat_economic', 'cat_hint'] as const;

function placeholders(text: unknown): string[] {
  const all = typeof text === 'string' ? [text] : Object.values(text as Record<string, string>);
  return [...new Set(all.flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

describe('translations', () => {
  it('every verify reason code and verdict has a sentence in ru, en, be and uk, none of them English but en', () => {
    for (const code of [...VERIFY_REASONS, ...VERIFY_VERDICTS]) {
      const english = JSON.stringify(en.verify[code]);
      expect(english, code).toBeTruthy();
      for (const [lang, messages] of [['ru', ru], ['be', be], ['uk', uk]] as const) {
        const text = (messages.verify as Record<string, unknown> | undefined)?.[code];
        expect(text, `${lang} ${code}`).toBeTruthy();
        expect(JSON.stringify(text), `${lang} ${code}`).not.toBe(english);
      }
    }
    expect(translator('ru')('verify.BYTES_APPENDED', { count: 5 })).toBe('После подписанной части добавлено 5 байт (дополнение к файлу или дописанные данные).');
    expect(translator('uk')('verify.SIGNED_SEVERAL_TIMES', { count: 2 })).toBe('У файлі 2 підписи: його підписали ще раз або змінили після формування.');
  });

  it.each([['be', be], ['uk', uk]] as const)('%s covers every key of every core flow', (_lang, messages: PartialMessages) => {
    for (const namespace of CORE) {
      const table = messages[namespace] as Record<string, unknown> | undefined;
      expect(Object.keys(table ?? {}).sort(), namespace).toEqual(Object.keys(en[namespace]).sort());
    }
  });

  it.each([['ru', ru], ['be', be], ['uk', uk]] as const)('%s uses the same {placeholders} as English', (_lang, messages: PartialMessages) => {
    for (const [namespace, table] of Object.entries(messages)) {
      for (const [key, text] of Object.entries(table as Record<string, unknown>)) {
        const english = (en as unknown as Record<string, Record<string, unknown>>)[namespace]![key];
        // Plural forms may drop {count} where the word says it ("one"), so only extra names are wrong.
        expect(placeholders(text).filter((p) => !placeholders(english).includes(p)), `${namespace}.${key}`).toEqual([]);
      }
    }
  });

  it('has a sentence for every error code in every language', () => {
    for (const language of ['en', 'ru', 'be', 'uk'] as const) {
      const t = translator(language);
      for (const code of ERROR_CODES) expect(t(`errors.${code}`), `${language} ${code}`).not.toBe(`errors.${code}`);
    }
  });

  it('chooses Russian, Belarusian and Ukrainian plural forms', () => {
    const ru = translator('ru');
    expect([1, 3, 5, 21].map((count) => ru('timeline.total', { count }))).toEqual(['1 запись', '3 записи', '5 записей', '21 запись']);
    expect(translator('uk')('timeline.files', { count: 2 })).toBe('2 файли');
    expect(translator('be')('timeline.files', { count: 5 })).toBe('5 файлаў');
    expect(translator('en')('timeline.total', { count: 1 })).toBe('1 entry');
  });

  it('fills placeholders and formats numbers in the language', () => {
    expect(translator('ru')('import.countsLine', { messages: 1234, calls: 0 })).toBe('сообщений: 1\u00a0234, звонков: 0');
    expect(translator('en')('vault.lockedIdle', { minutes: 5 })).toContain('5 minutes');
  });

  it('falls back for screens not yet translated (Belarusian to Russian, Ukrainian to English), never on import and export', () => {
    expect(translator('be')('export.title')).toBe(be.export.title);
    expect(translator('uk')('export.title')).toBe(uk.export.title);
    expect(translator('be')('export.title')).not.toBe(ru.export.title);
    expect(translator('uk')('import.title')).not.toBe(en.import.title);
  });
});

/** Issue 13, item 6: the import and export screens in plain Belarusian and Ukrainian, in full. */
describe('import and export in Belarusian and Ukrainian', () => {
  /** Names of apps, formats and places, and short words both languages share with Russian. */
  const SAME_AS_RUSSIAN: Record<'be' | 'uk', readonly string[]> = {
    // The read counts' '{what} — {count}' is punctuation only; 'текст' is Ukrainian too.
    // 'Год' (a year) is the same word in Belarusian.
    be: ['import.format_whatsapp', 'import.format_telegram', 'import.format_sms-xml', 'import.format_signal', 'import.readLine', 'import.chartDateAxis_year'],
    uk: ['import.format_whatsapp', 'import.format_telegram', 'import.format_sms-xml', 'import.format_signal', 'import.dropped', 'import.chartDateAxis_day', 'export.recipient', 'import.readLine', 'import.kind_text'],
  };

  it.each([['be', be], ['uk', uk]] as const)('%s has every key of the English import and export catalogues, none empty', (_lang, messages) => {
    for (const namespace of COMPLETE) {
      const table = messages[namespace] as Record<string, unknown>;
      expect(Object.keys(table).sort(), namespace).toEqual(Object.keys(en[namespace]).sort());
      for (const [key, text] of Object.entries(table)) {
        const forms = typeof text === 'string' ? [text] : Object.values(text as Record<string, string>);
        expect(forms.every((form) => form.trim().length > 0), `${namespace}.${key}`).toBe(true);
      }
    }
  });

  it.each([['be', be], ['uk', uk]] as const)('%s never copies the Russian text, but for names and a few shared words', (lang, messages) => {
    const copied: string[] = [];
    for (const namespace of COMPLETE) {
      for (const [key, text] of Object.entries(messages[namespace])) {
        if (JSON.stringify(text) === JSON.stringify((ru[namespace] as Record<string, unknown>)[key])) copied.push(`${namespace}.${key}`);
      }
    }
    expect(copied.sort()).toEqual([...SAME_AS_RUSSIAN[lang]].sort());
  });

  it('a missing Belarusian or Ukrainian import message shows its key, never Russian or English', () => {
    const tables = { en, ru, be: { ...be, import: { ...be.import, title: undefined }, timeline: {} }, uk: { ...uk, export: { ...uk.export, title: undefined } } } as unknown as Parameters<typeof lookupIn>[0];
    expect(lookupIn(tables, 'be', 'import', 'title')).toBeUndefined();
    expect(lookupIn(tables, 'uk', 'export', 'title')).toBeUndefined();
    // Elsewhere the fallback stays: Belarusian to Russian.
    expect(lookupIn(tables, 'be', 'timeline', 'title')).toBe(ru.timeline.title);
    expect(translator('be')('import.zone')).toBe(be.import.zone);
    expect(translator('uk')('import.chartCountAxis')).toBe('Повідомлення і дзвінки');
  });
});
