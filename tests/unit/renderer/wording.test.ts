// Words a reader tripped over (issue 13, item 6). "Определить самому" means "decide yourself", the
// opposite of "detect automatically"; "Блокировать само" is not Russian; one question "Что это было?"
// asked twice for two different things; "владелица хранилища" where she is simply "вы".
import { describe, expect, it } from 'vitest';
import { translator } from '../../../renderer/i18n';

const LANGUAGES = ['en', 'ru', 'be', 'uk'] as const;

describe('wording', () => {
  it.each(LANGUAGES)('%s asks the kind of record and what it was with different words', (language) => {
    const t = translator(language);
    expect(t('entry.kind')).not.toBe(t('entry.categoriesShort'));
    expect(t('entry.categories').startsWith(t('entry.kind').replace(/\?$/, ''))).toBe(false);
  });

  it.each(LANGUAGES)('%s says who recorded an entry without calling her the owner of a vault', (language) => {
    expect(translator(language)('entry.byOwner')).not.toMatch(/vault|хранилищ|сховішч|сховищ|владел|уладальн|власниц|owner/i);
  });

  it('says "automatically", not "by itself", for detection and auto-lock', () => {
    const ru = translator('ru');
    expect(ru('import.format_auto')).toBe('Определить автоматически');
    for (const language of LANGUAGES) expect(translator(language)('settings.autoLock')).not.toMatch(/by itself|\bсамо\b|\bсаме\b/);
  });
});
