// Issue 10, item 1: the draft private-prosecution statement. The .docx is read back (unzip
// word/document.xml) and must hold the witnesses, each chosen event's dd.mm.yyyy date and place, the
// exhibit numbers, the article numbers — and no word of an entry that was not chosen.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../../main/service';
import { expectCode, newVault, tempFolder } from '../helpers';
import { docxParagraphs, docxParts } from './docxText';

const NOT_CHOSEN = ['СЕКРЕТ-НЕ-ВЫБРАНО', 'Приют на улице Светлой', 'Ольга Тайная'];

describe('the draft statement to the court', () => {
  const dir = tempFolder('dossier-statement-');
  let service: Service;
  const ids = { kitchen: '', threats: '', other: '', abuser: '', second: '', witness: '', hidden: '', survivor: '' };
  const numbers = { kitchen: 0, threats: 0 };

  beforeAll(async () => {
    ({ service } = await newVault(dir));
    const person = async (draft: Record<string, unknown>) => (await service['people.create']({ draft: draft as never })).id;
    ids.survivor = await person({ name: 'Анна Петрова', role: 'survivor' });
    ids.abuser = await person({ name: 'Виктор Кравцов', role: 'perpetrator', address: 'г. Минск, ул. Лесная, 5' });
    ids.second = await person({ name: 'Игорь Кравцов', role: 'perpetrator' });
    ids.witness = await person({ name: 'Мария Соседкина', role: 'witness', contact: '+375 29 111-22-33' });
    ids.hidden = await person({ name: 'Ольга Тайная', role: 'witness' });
    const add = async (draft: Record<string, unknown>) => service['entries.create']({ draft: draft as never, attachments: [] });
    const kitchen = await add({
      kind: 'incident', title: 'Ударил на кухне', text: 'Толкнул меня к холодильнику.', place: 'Минск, ул. Лесная, 5, кв. 12',
      occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' }, categories: ['physical'],
      personIds: [ids.abuser, ids.witness, ids.survivor], injuries: 'синяк на плече', policeReport: { date: '2024-03-06', number: 'КУСП 1234' },
    });
    const other = await add({
      kind: 'incident', title: 'СЕКРЕТ-НЕ-ВЫБРАНО', text: 'Приют на улице Светлой', place: 'Приют на улице Светлой',
      occurredAt: { at: '2024-04-01T10:00:00Z', zone: 'Europe/Minsk', precision: 'exact' }, personIds: [ids.abuser, ids.hidden],
    });
    const threats = await add({
      kind: 'stalking', title: 'Угрожал по телефону', text: '', occurredAt: { at: '2024-05-10T21:00:00Z', zone: 'Europe/Minsk', precision: 'date' }, personIds: [ids.abuser],
    });
    await service['attachments.add']({ entryId: kitchen.id, fileName: 'синяк.jpg', base64: Buffer.from('not really a photo').toString('base64') });
    Object.assign(ids, { kitchen: kitchen.id, other: other.id, threats: threats.id });
    Object.assign(numbers, { kitchen: kitchen.number, threats: threats.number });
  });

  it('(Russia) holds the chosen events with dd.mm.yyyy dates and places, witnesses, exhibits, the articles — nothing else', async () => {
    const path = join(dir, 'ru.docx');
    const result = await service['statement.write']({ jurisdiction: 'ru', entryIds: [ids.threats, ids.kitchen], path });
    expect(result.exhibits).toEqual([numbers.kitchen, numbers.threats]);
    expect(result.witnesses).toBe(1);
    const text = docxParagraphs(path).join('\n');
    // The zone as the dossier names it, a place and its offset; "Europe/Minsk" is for machines.
    expect(text).toContain('05.03.2024 в 18:30 (местное время: Минск, UTC+03:00)');
    expect(text).not.toContain('Europe/');
    expect(text).toContain('Обращение в полицию: 06.03.2024, № КУСП 1234');
    expect(text).toContain('Минск, ул. Лесная, 5, кв. 12');
    expect(text).toContain('11.05.2024'); // date-only, read in Minsk: 21:00Z is the next day there
    expect(text).toContain('06.03.2024, № КУСП 1234');
    expect(text).toContain(`запись № ${numbers.kitchen}`);
    expect(text).toContain(`записи № ${numbers.kitchen}, ${numbers.threats}`);
    expect(text).toContain(`№ ${numbers.kitchen}.1 синяк.jpg`);
    expect(text).toMatch(/Мария Соседкина, \+375 29 111-22-33/);
    expect(text).toContain('статья 318 Уголовно-процессуального кодекса Российской Федерации');
    expect(text).toContain('статье 306 Уголовного кодекса Российской Федерации');
    expect(text).toContain('часть 6 статьи 318 УПК РФ');
    expect(text).toContain('Виктор Кравцов');
    expect(text).toContain('Анна Петрова');
    // Blanks for what only she knows, each with its one-line reason.
    expect(text).toMatch(/____________ \(паспорт: серия, номер, кем и когда выдан — этого нет в «Досье»\)/);
    expect(text).toMatch(/В ____________ \(название суда/);
    expect(text).toContain('Прочитайте сначала');
    // Nothing from the entry that was not chosen, anywhere in the package.
    const parts = docxParts(path);
    expect(parts.has('word/document.xml')).toBe(true);
    // The file's properties say nothing about the app, the vault or the people in it.
    expect(parts.get('docProps/core.xml')).not.toMatch(/Dossier|Досье|Кравцов|Петрова/);
    expect(parts.get('docProps/core.xml')).not.toContain(dir);
    for (const [name, part] of parts) {
      for (const word of NOT_CHOSEN) expect(part, `${name} holds ${word}`).not.toContain(word);
    }
  });

  it('(Belarus, in Belarusian) cites art. 426 UPK RB and art. 400 UK RB, with the court she named', async () => {
    const path = join(dir, 'be.docx');
    await service['statement.write']({ jurisdiction: 'by', language: 'be', entryIds: [ids.kitchen], court: 'Суд Цэнтральнага раёна г. Мінска', path });
    const text = docxParagraphs(path).join('\n');
    expect(text).toContain('У Суд Цэнтральнага раёна г. Мінска');
    expect(text).toContain('артыкул 426 Крымінальна-працэсуальнага кодэкса Рэспублікі Беларусь');
    expect(text).toContain('артыкуле 400 Крымінальнага кодэкса Рэспублікі Беларусь');
    expect(text).toContain('05.03.2024 а 18:30 (мясцовы час: Мінск, UTC+03:00)');
    expect(text).toContain('Зварот у міліцыю: 06.03.2024, № КУСП 1234');
    expect(text).toContain('Прачытайце спачатку');
    expect(text).not.toContain('Угрожал по телефону');
  });

  it('(Belarus, in Russian) follows art. 426 UPK RB', async () => {
    const path = join(dir, 'by-ru.docx');
    await service['statement.write']({ jurisdiction: 'by', entryIds: [ids.kitchen], path });
    const text = docxParagraphs(path).join('\n');
    expect(text).toContain('статья 426 Уголовно-процессуального кодекса Республики Беларусь');
    expect(text).toContain('статье 400 Уголовного кодекса Республики Беларусь');
    // In Belarus she went to the militsiya, not the police.
    expect(text).toContain('Обращение в милицию: 06.03.2024, № КУСП 1234');
    expect(text).not.toContain('полици');
  });

  it('refuses a statement with no entries chosen, and writes nothing', async () => {
    const path = join(dir, 'none.docx');
    await expectCode(service['statement.write']({ jurisdiction: 'ru', entryIds: [], path }), 'NO_ENTRIES_CHOSEN');
    expect(existsSync(path)).toBe(false);
  });

  it('asks which accused when the entries name two, listing their ids; --accused chooses', async () => {
    const both = await service['entries.create']({ draft: { kind: 'incident', title: 'Оба пришли', text: '', occurredAt: { at: '2024-06-01T10:00:00Z', zone: 'Europe/Minsk', precision: 'exact' }, personIds: [ids.abuser, ids.second] } as never, attachments: [] });
    const path = join(dir, 'two.docx');
    const error = await expectCode(service['statement.write']({ jurisdiction: 'ru', entryIds: [both.id], path }), 'SEVERAL_ACCUSED');
    expect(String(error.details.reason)).toContain(ids.abuser);
    expect(String(error.details.reason)).toContain(ids.second);
    expect(JSON.stringify(error.details)).not.toContain('Кравцов');
    expect(existsSync(path)).toBe(false);
    await service['statement.write']({ jurisdiction: 'ru', entryIds: [both.id], accusedId: ids.second, path });
    const text = docxParagraphs(path).join('\n');
    expect(text).toContain('в отношении лица, указанного выше: Игорь Кравцов.');
  });

  it('never overwrites an existing file unless forced', async () => {
    const path = join(dir, 'exists.docx');
    writeFileSync(path, 'her own file');
    const error = await expectCode(service['statement.write']({ jurisdiction: 'ru', entryIds: [ids.kitchen], path }), 'INVALID_INPUT');
    expect(error.details.field).toBe('path');
    expect(readFileSync(path, 'utf8')).toBe('her own file');
    await service['statement.write']({ jurisdiction: 'ru', entryIds: [ids.kitchen], path, force: true });
    expect(docxParagraphs(path).join('\n')).toContain('Ударил на кухне');
  });

  it('refuses a Russian court in Belarusian', async () => {
    await expectCode(service['statement.write']({ jurisdiction: 'ru', language: 'be', entryIds: [ids.kitchen], path: join(dir, 'x.docx') }), 'INVALID_INPUT');
  });
});
