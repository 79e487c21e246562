// A date far away — 9999 typed for an incident (before the service refused it), a message a phone's
// wrong clock (or a crafted backup) dates 9999 — costs the export no more than any other date. Before, the incident made the
// export fail (EXPORT_FAILED: ~96,000 month bars) and the message ran it out of memory (2.9 million
// day buckets, killed after two minutes at 5 GB). Now the charts show only the years with records,
// and say so.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vault } from '../../main/vault/vault';
import { exportDossierFile, newVault, openVault, pdfText } from './dossierFixture';
import { tempFolder } from './helpers';

describe('dates thousands of years apart', () => {
  const dir = tempFolder('dossier-far-dates-');
  const pdf = join(dir, 'dossier.pdf');
  let vault: Vault;

  beforeAll(async () => {
    const { service, path } = await newVault(dir, 'far.dossier');
    const abuser = await service['people.create']({ draft: { name: 'Виктор Кравцов', role: 'perpetrator' } as never });
    const incident = (at: string, title: string) =>
      service['entries.create']({ draft: { kind: 'incident', title, text: '', occurredAt: { at, zone: 'Europe/Minsk', precision: 'exact' }, categories: ['physical'], personIds: [abuser.id] } as never });
    await incident('2024-03-05T15:30:00Z', 'Ударил на кухне');
    // The service now refuses a date that has not come yet (shared/eventDates.ts) …
    await expect(incident('9999-03-05T15:30:00Z', 'Год набран с ошибкой')).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { field: 'occurred' } });
    const log = await service['entries.create']({
      draft: { kind: 'stalking', title: 'Сообщения', text: '', occurredAt: { at: '2024-03-01T08:00:00Z', zone: 'Europe/Minsk', precision: 'exact' }, categories: ['messages'], personIds: [abuser.id] } as never,
    });
    for (const sentAt of ['2024-03-01T08:00:00Z', '2024-03-01T09:00:00Z', '9999-12-31T20:00:00Z']) {
      await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'incoming', sender: 'Виктор', personId: abuser.id, sentAt, zone: 'Europe/Minsk', text: 'Ответь' } as never });
    }
    await service.close();
    vault = await openVault(path);
    // … but a vault may hold one typed before it did.
    await vault.createEntry({ kind: 'incident', title: 'Год набран с ошибкой', text: '', occurredAt: { at: '9999-03-05T15:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' }, categories: ['physical'], personIds: [] } as never, [], 1024 ** 3);
  });
  afterAll(async () => {
    await vault?.close();
  });

  it('exports, with a bar for each year that has records and a sentence that says why', async () => {
    const result = await exportDossierFile(vault, { language: 'ru' }, pdf);
    expect(result.entries).toBe(3);
    const text = pdfText(pdf);
    expect(text).toContain('Происшествия по годам');
    expect(text).toContain('Сообщения и звонки лица, совершившего насилие, по годам');
    expect(text).toContain('Показаны только годы, в которые есть записи');
    expect(text).toContain('05.03.9999');
  }, 120_000);
});
