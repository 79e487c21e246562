// The dossier names its zone as a city ("Минск (UTC+03:00)"). A city can be exactly what she asks
// to take out (where she lives or hides): then the city goes wherever the zone is named, the offset
// stays (every time still has its zone), and the copy is written, not refused as unprovable.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossierFile, openVault, pdfText } from './dossierFixture';
import { incident, newVault, tempFolder } from './helpers';

describe('a dossier whose city is taken out', () => {
  const dir = tempFolder('dossier-zone-redacted-');

  it('takes the city out of the zone statements too and keeps the offsets', async () => {
    const { service, path } = await newVault(dir, 'city.dossier');
    await service['entries.create']({ draft: incident() });
    await service['entries.create']({ draft: incident({ title: 'Звонил ночью', occurredAt: { at: '2024-03-06T15:30:00Z', zone: 'Europe/Moscow', precision: 'exact' } }) });
    await service.close();
    const vault = await openVault(path);
    try {
      const out = join(dir, 'redacted.pdf');
      await exportDossierFile(vault, { language: 'ru', zone: 'Europe/Minsk', from: '2024-03-01T00:00:00Z', redact: { strings: ['Минск', 'Москва'] } }, out);
      const text = pdfText(out);
      expect(text).not.toMatch(/Минск|Москв/);
      expect(text).toContain('Время местное, [удалено] (UTC+03:00)');
      expect(text).toContain('Сформировано 01.04.2024 12:00 ([удалено], UTC+03:00)');
      expect(text).toMatch(/06\.03\.2024 18:30 \[удалено\], UTC\+03:00/);
      // Control: without the redaction the cities are named.
      const plain = join(dir, 'plain.pdf');
      await exportDossierFile(vault, { language: 'ru', zone: 'Europe/Minsk', from: '2024-03-01T00:00:00Z' }, plain);
      expect(pdfText(plain)).toContain('Сформировано 01.04.2024 12:00 (Минск, UTC+03:00)');
    } finally {
      vault.close();
    }
  }, 60_000);
});
