// A copy that removes anything is a copy made for the other side (in a private prosecution the
// accused receives one), so it never says where a photo was taken, even when the GPS box was not
// ticked: the position can point at the place where she now lives. Found by rendering a copy made
// with only --redact-person: the witness was gone, the photo's "место: 53.90450, 27.56150" stayed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPeople } from '../../main/vault/people';
import type { Vault } from '../../main/vault/vault';
import { buildFixture, exportDossierFile, openVault, pdfText, run } from './dossierFixture';
import { tempFolder } from './helpers';

const PLACE = ['53.90450', '27.56150', 'latitude', 'longitude'];

describe('a redacted copy never prints where a photo was taken', () => {
  const dir = tempFolder('dossier-redacted-place-');
  const redacted = join(dir, 'redacted.pdf');
  const full = join(dir, 'full.pdf');
  let vault: Vault;

  beforeAll(async () => {
    const fixture = await buildFixture(dir);
    vault = await openVault(fixture.path);
    const witness = (await listPeople(vault.db)).find((p) => p.role === 'witness')!;
    await exportDossierFile(vault, { language: 'ru', redact: { personIds: [witness.id] } }, redacted);
    await exportDossierFile(vault, { language: 'ru' }, full);
  });
  afterAll(async () => {
    await vault.close();
  });

  it('the full copy for her own lawyer keeps the place (so the check below means something)', () => {
    expect(pdfText(full)).toContain('53.90450');
  });

  it('a copy with only a person removed drops the place from the pages and the manifest, and says so on the cover', () => {
    const text = pdfText(redacted);
    for (const value of PLACE.slice(0, 2)) expect(text).not.toContain(value);
    expect(text).toContain('место скрыто');
    expect(text).toMatch(/удалено:[^.]*места съёмки \(GPS\) фотографий/);
    const manifestDir = join(dir, 'manifest');
    run('mkdir', ['-p', manifestDir]);
    run('pdfdetach', ['-saveall', '-o', manifestDir, redacted]);
    const manifest = readFileSync(join(manifestDir, 'dossier-manifest.json'), 'utf8');
    for (const value of PLACE) expect(manifest).not.toContain(value);
  });
});
