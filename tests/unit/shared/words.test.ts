// Issue 9, item 7: the same word for an entry kind, a category, a role, a direction, a channel and
// a kind of date on her screen and in the dossier, from one source per language (shared/words), and
// none of the words a lawyer would object to in any catalogue, the app's or the dossier's.
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../../main/dossier/i18n';
import { translator } from '../../../renderer/i18n';
import { be } from '../../../renderer/i18n/be';
import { en } from '../../../renderer/i18n/en';
import { ru } from '../../../renderer/i18n/ru';
import type { Key, PartialMessages } from '../../../renderer/i18n/types';
import { uk } from '../../../renderer/i18n/uk';
import { DATE_KINDS } from '../../../shared/dates';
import { CATEGORIES_BY_KIND, ENTRY_KINDS, MESSAGE_CHANNELS, PERSON_ROLES } from '../../../shared/domain';
import { inSentence, listOf, WORDS } from '../../../shared/words';

const LANGUAGES = ['ru', 'en', 'be', 'uk'] as const;
const UI: Record<(typeof LANGUAGES)[number], PartialMessages> = { ru, en, be, uk };

/** Every string of a catalogue, templates included (a function's source holds its text). */
const all = (value: unknown): string => (typeof value === 'function' ? value.toString() : value && typeof value === 'object' ? Object.values(value).map(all).join('\n') : String(value));

describe('one source for the words the app and the dossier share', () => {
  it.each(LANGUAGES)('%s: every kind and category is the same string in the UI and in the PDF, taken from shared/words', (lang) => {
    const t = translator(lang);
    const words = WORDS[lang];
    const pdf = STRINGS[lang];
    for (const kind of ENTRY_KINDS) {
      expect(t(`common.kind_${kind}`), `${lang} ${kind}`).toBe(words.kinds[kind]);
      expect(pdf.kinds[kind], `${lang} ${kind}`).toBe(words.kinds[kind]);
      expect(pdf.kindsPlural[kind], `${lang} ${kind}`).toBe(words.kindsPlural[kind]);
      const categories: Readonly<Record<string, string>> = words.categories[kind];
      for (const category of CATEGORIES_BY_KIND[kind]) {
        const word = categories[category];
        expect(word, `${lang} ${kind}.${category}`).toMatch(/^\p{Lu}/u);
        expect(t(`cat_${kind}.${category}` as Key), `${lang} ${kind}.${category}`).toBe(word);
        expect((pdf.categories[kind] as Readonly<Record<string, string>>)[category], `${lang} ${kind}.${category}`).toBe(word);
      }
    }
    // Not copies: both catalogues hold the very objects of shared/words.
    expect(pdf.categories).toBe(words.categories);
    expect(pdf.kinds).toBe(words.kinds);
    for (const kind of ENTRY_KINDS) expect(UI[lang][`cat_${kind}`], `${lang} ${kind}`).toBe(words.categories[kind]);
  });

  it.each(LANGUAGES)('%s: roles, message directions, channels, an incident’s fields, kinds of date and the file hash are the same in the UI and the PDF', (lang) => {
    const t = translator(lang);
    const words = WORDS[lang];
    const pdf = STRINGS[lang];
    for (const role of PERSON_ROLES) {
      expect(t(`common.role_${role}`)).toBe(words.roles[role]);
      expect(pdf.roles[role]).toBe(words.roles[role]);
    }
    for (const direction of ['incoming', 'outgoing'] as const) {
      expect(t(`entry.direction_${direction}`)).toBe(words.directions[direction]);
      expect(pdf.directions[direction]).toBe(words.directions[direction]);
    }
    for (const channel of MESSAGE_CHANNELS) {
      expect(t(`entry.channel_${channel}`)).toBe(words.channels[channel]);
      expect(pdf.channels[channel]).toBe(words.channels[channel]);
    }
    for (const kind of DATE_KINDS) expect(t(`filing.kind_${kind.replace('-', '_')}` as Key)).toBe(words.dateKinds[kind]);
    for (const field of ['injuries', 'medicalHelp', 'policeReport'] as const) {
      expect(t(`entry.${field}`)).toBe(words.incidentFields[field]);
      expect(t(`entry.field_${field}`)).toBe(inSentence(words.incidentFields[field]));
      expect(pdf.integrity.field[field]).toBe(inSentence(words.incidentFields[field]));
    }
    expect([pdf.entry.injuries, pdf.entry.medicalHelp, pdf.entry.police, pdf.chronology.police]).toEqual([words.incidentFields.injuries, words.incidentFields.medicalHelp, words.incidentFields.policeReport, words.incidentFields.policeReport]);
    // The people screen names the roles as its list of people does.
    expect(t('people.lead').toLowerCase()).toContain(words.roles.perpetrator.toLowerCase());
    expect(t('entry.fingerprint')).toBe(`${words.fileHash}:`);
    expect(pdf.evidence.sha256).toBe(words.fileHash);
  });

  it('Belarusian and Ukrainian are written in their own words, not copied from Russian', () => {
    for (const lang of ['be', 'uk'] as const) {
      for (const kind of ENTRY_KINDS) {
        const own: Readonly<Record<string, string>> = WORDS[lang].categories[kind];
        const russian: Readonly<Record<string, string>> = WORDS.ru.categories[kind];
        for (const category of CATEGORIES_BY_KIND[kind]) expect(own[category], `${lang} ${category}`).not.toBe(russian[category]);
      }
      for (const role of PERSON_ROLES) expect(WORDS[lang].roles[role], `${lang} ${role}`).not.toBe(WORDS.ru.roles[role]);
    }
  });

  it('Russian says what a lawyer expects: лицо, совершившее насилие; потерпевшая; входящее / исходящее; хеш-сумма SHA-256', () => {
    expect(WORDS.ru.roles.perpetrator).toBe('Лицо, совершившее насилие');
    expect(WORDS.ru.roles.survivor).toBe('Потерпевшая');
    expect(WORDS.ru.directions).toMatchObject({ incoming: 'Входящее', outgoing: 'Исходящее' });
    expect(WORDS.ru.fileHash).toBe('Хеш-сумма SHA-256');
    expect(WORDS.ru.categories.stalking.following).toBe('Слежка, следование');
    expect(WORDS.be.roles.perpetrator).toBe('Асоба, якая ўчыніла гвалт');
    expect(WORDS.uk.roles.perpetrator).toBe('Особа, яка вчинила насильство');
    // The cover names the parties with the same words as the list of people.
    for (const lang of ['ru', 'be', 'uk'] as const) expect([STRINGS[lang].cover.victim, STRINGS[lang].cover.accused]).toEqual([WORDS[lang].roles.survivor, WORDS[lang].roles.perpetrator]);
  });

  it('no catalogue, the app’s or the dossier’s, in any language, says обидчик, владелец хранилища, выгружено or пострадавшая', () => {
    // "Exported" said of the dossier (выгружено, выгружана, вивантажено), not the noun for a
    // messenger's export of a chat (выгрузка переписки, вивантаження листування), which is right.
    const exported = /(?<!\p{L})(выгружен[оаы]?|выгружан[аы]?|вивантажен[оаі]?)(?!\p{L})/iu;
    const avoided = [/обидчик/i, /владел\S* хранилищ/i, /крыўдзіцел/i, /уладальні\S* сховішч/i, /кривдник/i, /власни\S* сховищ/i, /vault owner/i, /пострадавш/i, /постраждал/i, exported];
    for (const lang of LANGUAGES) {
      const text = [all(UI[lang]), all(STRINGS[lang]), all(WORDS[lang])].join('\n');
      for (const word of avoided) expect(text, `${lang} ${word}`).not.toMatch(word);
    }
  });

  it('lowers a label inside a sentence, but not a name, and lists labels with semicolons', () => {
    expect(inSentence('Лицо, совершившее насилие')).toBe('лицо, совершившее насилие');
    expect(inSentence('SMS')).toBe('SMS');
    expect(inSentence('Telegram')).toBe('Telegram');
    expect(listOf([WORDS.ru.categories.incident.physical, WORDS.ru.categories.incident.threats])).toBe('Физическое насилие; угрозы');
    expect(listOf([])).toBe('');
  });
});
