// Issue 10, item 2: the dates that matter appear in the dossier's chronology — those tied to an
// entry in the dossier and those in its period, not the others — and a redacted person's name in a
// date's title is gone. Read back from the real PDF with pdftotext.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Vault } from '../../../main/vault/vault';
import { exportDossierFile, newVault, openVault, pdfText } from '../dossierFixture';
import { tempFolder } from '../helpers';

describe('dates that matter in the dossier', () => {
  const dir = tempFolder('dossier-dates-pdf-');
  let vault: Vault;
  let ids = { kept: '', left: '', person: '' };

  beforeAll(async () => {
    const { service, path } = await newVault(dir, 'd.dossier');
    const person = await service['people.create']({ draft: { name: 'Лебедева', role: 'helper' } });
    const add = (title: string, at: string) => service['entries.create']({ draft: { kind: 'incident', title, text: '', occurredAt: { at, zone: 'Europe/Minsk', precision: 'exact' } } as never });
    const kept = await add('Удар в марте', '2024-03-05T15:30:00Z');
    const left = await add('Другое событие', '2024-03-07T15:30:00Z');
    await service['dates.add']({ draft: { kind: 'protection-order', from: '2024-03-06', to: '2024-03-20', zone: 'Europe/Minsk', title: 'Предписание, вручила Лебедева', entryId: kept.id } });
    await service['dates.add']({ draft: { kind: 'hearing', from: '2024-03-25', zone: 'Europe/Minsk', title: 'Заседание в марте' } });
    await service['dates.add']({ draft: { kind: 'deadline', from: '2024-09-01', zone: 'Europe/Minsk', title: 'Срок ОСЕНЬЮ' } });
    await service['dates.add']({ draft: { kind: 'other', from: '2024-03-08', zone: 'Europe/Minsk', title: 'ПРИВЯЗАНО-К-ИСКЛЮЧЁННОЙ', entryId: left.id } });
    ids = { kept: kept.id, left: left.id, person: person.id };
    await service.close();
    vault = await openVault(path);
  });

  it('lists the dates of the dossier’s entries and period after the chronology, dd.mm.yyyy', async () => {
    const path = join(dir, 'march.pdf');
    await exportDossierFile(vault, { language: 'ru', from: '2024-03-01T00:00:00Z', to: '2024-03-31T20:59:59Z', excludeEntryIds: [ids.left] }, path);
    const text = pdfText(path);
    expect(text).toContain('Важные даты');
    expect(text).toContain('06.03.2024 – 20.03.2024 (Минск) — Защитное предписание: Предписание, вручила Лебедева');
    expect(text).toContain('25.03.2024 (Минск) — Судебное заседание: Заседание в марте');
    expect(text).not.toContain('Срок ОСЕНЬЮ');
    expect(text).not.toContain('ПРИВЯЗАНО-К-ИСКЛЮЧЁННОЙ');
  });

  it('redacts a person named in a date’s title', async () => {
    const path = join(dir, 'redacted.pdf');
    await exportDossierFile(vault, { language: 'ru', redact: { personIds: [ids.person] } }, path);
    const text = pdfText(path);
    expect(text).toContain('Защитное предписание: Предписание, вручила');
    expect(text).not.toContain('Лебедева');
  });
});
