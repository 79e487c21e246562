// Issue 9, item 5: the cover names the parties. A vault may hold no record of her (she need not
// add herself as a person); the cover then leaves a line for her name, as it leaves one for her
// signature, instead of naming only the accused.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vault } from '../../main/vault/vault';
import { exportDossierFile, newVault, openVault, pdfText } from './dossierFixture';
import { tempFolder } from './helpers';

describe('the cover names both parties', () => {
  const dir = tempFolder('dossier-cover-parties-');
  const pdf = join(dir, 'dossier.pdf');
  let vault: Vault;

  beforeAll(async () => {
    const { service, path } = await newVault(dir, 'no-survivor.dossier');
    const abuser = await service['people.create']({ draft: { name: 'Виктор Кравцов', role: 'perpetrator' } as never });
    await service['entries.create']({
      draft: { kind: 'incident', title: 'Ударил', text: 'Ударил на кухне.', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' }, categories: ['physical'], personIds: [abuser.id] } as never,
    });
    await service.close();
    vault = await openVault(path);
    await exportDossierFile(vault, { language: 'ru' }, pdf);
  });
  afterAll(async () => {
    await vault.close();
  });

  it('with no record of her, leaves a line for her name beside the accused', () => {
    const text = pdfText(pdf);
    const cover = text.slice(0, text.indexOf('Содержание'));
    expect(cover).toMatch(/Потерпевшая _{20,} Лицо, совершившее насилие Виктор Кравцов/);
  });
});
