// Redacted values are removed, not hidden: absent from the text, the raw bytes, every decompressed
// stream and the manifest. A photo's place rides in its EXIF as binary rationals, never as text:
// those exact bytes are what is looked for in the images.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDossier } from '../../main/dossier/verify';
import type { Vault } from '../../main/vault/vault';
import { gpsCoordinateBytes } from '../fixtures/exifJpeg';
import { buildFixture, exportDossierFile, FREE_SECRET, HELPER_NAME, jpegWithOrientation, openVault, pdfText, run, SECRET_ADDRESS, WITNESS_PHONE } from './dossierFixture';
import { tempFolder } from './helpers';

const SECRETS = [SECRET_ADDRESS, WITNESS_PHONE, HELPER_NAME, FREE_SECRET, 'Надежда', 'Соцработникова', '53.90450', '27.56150'];
/** The photo's GPS position as its EXIF holds it, and the EXIF header itself. */
const PHOTO_PLACE = [gpsCoordinateBytes(53.9045), gpsCoordinateBytes(27.5615), Buffer.from('Exif\0\0II*\0', 'latin1')];

function encodings(text: string): Buffer[] {
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  return [Buffer.from(text, 'utf8'), utf16];
}

describe('dossier redaction', () => {
  const dir = tempFolder('dossier-redact-');
  const pdf = join(dir, 'redacted.pdf');
  const plain = join(dir, 'plain.pdf');
  let vault: Vault;

  beforeAll(async () => {
    const fixture = await buildFixture(dir);
    vault = await openVault(fixture.path);
    await exportDossierFile(
      vault,
      {
        language: 'ru',
        caseReference: 'Дело 7 (Приют «Надежда»)',
        redact: { survivorContacts: true, witnessContacts: true, helperNames: true, photoLocations: true, strings: ['надежда'] },
      },
      pdf,
    );
    await exportDossierFile(vault, { language: 'ru' }, plain);
  });
  afterAll(async () => {
    await vault.close();
  });

  it('the unredacted export does contain the values (so the test below means something)', () => {
    const text = pdfText(plain);
    for (const secret of [SECRET_ADDRESS, WITNESS_PHONE, HELPER_NAME, 'Надежда', '53.90450']) expect(text).toContain(secret);
  });

  it('removes them from the page text, with plain markers in their place', () => {
    const text = pdfText(pdf);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).toContain('[удалено]');
    expect(text).toContain('Помощник 1');
    expect(text).toContain('место скрыто');
    expect(text).toContain('Что не вошло в досье');
  });

  it('embeds no original file in a redacted copy (its contents cannot be checked), and says so; the plain copy embeds it', () => {
    expect(run('qpdf', ['--list-attachments', plain])).toContain('1.1 справка_травмпункт.pdf');
    const listed = run('qpdf', ['--list-attachments', pdf]).trim().split('\n').filter((l) => l.includes(' -> '));
    expect(listed).toEqual([expect.stringMatching(/^dossier-manifest\.json -> /)]);
    expect(pdfText(pdf)).toContain('исходный файл не вложен: в обезличенную копию исходные файлы не вкладываются');
  });

  it('lists the people for the court without the contacts it removed', () => {
    const text = pdfText(pdf);
    const list = text.slice(text.indexOf('Список лиц'), text.indexOf('3. Записи полностью', text.indexOf('Список лиц')));
    expect(list).toMatch(/Анна Потерпевшая — —/);
    expect(list).toMatch(/Ольга Иванова Свидетель — — 1\b/);
  });

  it('removes them from the raw bytes and from every decompressed stream', () => {
    const qdf = join(dir, 'redacted.qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', pdf, qdf]);
    for (const file of [pdf, qdf]) {
      const bytes = readFileSync(file);
      for (const secret of SECRETS) for (const encoded of encodings(secret)) expect(bytes.includes(encoded), `${secret} in ${file}`).toBe(false);
    }
  });

  it('removes the photo’s GPS position (EXIF rationals) from the embedded images', () => {
    // Control: the photo in the vault does hold those bytes, so not finding them below means something.
    const photo = jpegWithOrientation(6);
    for (const place of PHOTO_PLACE) expect(photo.includes(place)).toBe(true);
    const images = join(dir, 'images');
    mkdirSync(images, { recursive: true });
    run('pdfimages', ['-all', pdf, join(images, 'img')]);
    const extracted = readdirSync(images).filter((name) => name.endsWith('.jpg'));
    expect(extracted.length).toBeGreaterThan(0);
    const qdf = join(dir, 'redacted-images.qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', pdf, qdf]);
    for (const file of [pdf, qdf, ...extracted.map((name) => join(images, name))]) {
      const bytes = readFileSync(file);
      for (const place of PHOTO_PLACE) expect(bytes.includes(place), `GPS bytes in ${file}`).toBe(false);
    }
  });

  it('removes them from the manifest, which records only how many strings were removed', async () => {
    run('pdfdetach', ['-saveall', '-o', dir, pdf]);
    const manifest = readFileSync(join(dir, 'dossier-manifest.json'), 'utf8');
    for (const secret of SECRETS) expect(manifest).not.toContain(secret);
    const parsed = JSON.parse(manifest) as { options: { redactions: { strings: number; helperNames: boolean } }; entries: { redacted: boolean }[] };
    expect(parsed.options.redactions).toMatchObject({ strings: 1, helperNames: true });
    expect(parsed.entries.some((e) => e.redacted)).toBe(true);
    expect((await verifyDossier(pdf)).valid).toBe(true);
  });
});
