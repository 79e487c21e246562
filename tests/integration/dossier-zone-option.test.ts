// The export's zone comes from the app's place picker (and the CLI's --tz) through the service, which
// checks it: a zone the engine does not know is refused with a coded error naming the field, for the
// dossier and the hand-over alike, and nothing is written. A known one is taken as it is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCode, incident, newVault, tempFolder } from './helpers';

describe('the zone a dossier is made in', () => {
  const dir = tempFolder('dossier-zone-option-');

  it('refuses a zone nobody knows with INVALID_INPUT on options.zone and writes nothing; takes a known one', async () => {
    const { service } = await newVault(dir, 'zone.dossier');
    try {
      await service['entries.create']({ draft: incident() });
      const pdf = join(dir, 'dossier.pdf');
      const refused = await expectCode(service['dossier.export']({ options: { language: 'ru', zone: 'Europe/Atlantis' }, path: pdf }), 'INVALID_INPUT');
      expect(refused.details).toMatchObject({ field: 'options.zone' });
      expect(JSON.stringify(refused.details)).not.toContain(dir);
      expect(existsSync(pdf)).toBe(false);

      const sealed = join(dir, 'handover.age');
      const handover = await expectCode(service['handover.write']({ options: { language: 'ru', zone: 'Europe/Atlantis' }, path: sealed }), 'INVALID_INPUT');
      expect(handover.details).toMatchObject({ field: 'options.zone' });
      expect(existsSync(sealed)).toBe(false);

      await service['dossier.export']({ options: { language: 'ru', zone: 'Asia/Yekaterinburg' }, path: pdf });
      expect(existsSync(pdf)).toBe(true);
    } finally {
      await service.close();
    }
  }, 60_000);
});
