// Issue 9, item 7: the terms a Russian-speaking lawyer expects, and the same choices in Belarusian
// and Ukrainian. Checked over every string of each dossier language (templates included).
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../../main/dossier/i18n';
import { translator } from '../../../renderer/i18n';
import { ENTRY_KINDS } from '../../../shared/domain';

const all = (value: unknown): string => (typeof value === 'function' ? value.toString() : value && typeof value === 'object' ? Object.values(value).map(all).join('\n') : String(value));

describe('dossier words', () => {
  it('Russian: лицо, совершившее насилие; потерпевшая; входящие/исходящие; сформировано; хеш-сумма; Приложение №', () => {
    const ru = all(STRINGS.ru);
    for (const avoided of [/обидчик/i, /владел\S* хранилища/i, /выгру[зж]/i, /От неё/, /'Ей'/, /\bE-\d/]) expect(ru).not.toMatch(avoided);
    expect(STRINGS.ru.roles.perpetrator).toBe('Лицо, совершившее насилие');
    expect(STRINGS.ru.entry.owner).toBe('потерпевшая');
    expect(STRINGS.ru.integrity.exportedAt).toBe('Сформировано');
    expect(STRINGS.ru.evidence.sha256).toBe('Хеш-сумма SHA-256');
    expect(STRINGS.ru.exhibitNo('4.1')).toBe('Приложение № 4.1');
    expect(STRINGS.ru.log.incoming).toMatch(/^Входящие/);
    expect(STRINGS.ru.log.outgoing).toMatch(/^Исходящие/);
  });

  it('Belarusian and Ukrainian make the same choices', () => {
    for (const [lang, avoided] of [['be', /крыўдзіцел|уладальнік сховішча|выгру[зж]/i], ['uk', /кривдник|власник сховища|вивантаж/i]] as const) {
      expect(all(STRINGS[lang]), lang).not.toMatch(avoided);
      expect(STRINGS[lang].exhibitNo('4.1'), lang).toMatch(/^Д[ао]да?т?а?к № 4\.1$|^Дадатак № 4\.1$|^Додаток № 4\.1$/);
    }
  });

  it('names each kind of entry with the same word in the app and in the dossier, in every language', () => {
    for (const lang of ['ru', 'en', 'be', 'uk'] as const) {
      const t = translator(lang);
      for (const kind of ENTRY_KINDS) expect(t(`common.kind_${kind}`), `${lang} ${kind}`).toBe(STRINGS[lang].kinds[kind]);
    }
    // The lawyer's word (issue 9, item 7): «происшествие», as in the police's register of reports.
    expect(STRINGS.ru.kinds.incident).toBe('Происшествие');
    expect(translator('ru')('timeline.count_incident', { count: 5 })).toBe('5 происшествий');
  });
});
