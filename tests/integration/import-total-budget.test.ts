// Every import is bounded in all, not only file by file (issue 12, item 2): a zip of many entries,
// each under the per-entry limit, together over the total is FILE_TOO_LARGE before anything is
// inflated; a size that lies is caught while inflating; every read of one export (the parse, the
// media attached at commit, a folder's files) draws on the same budget. Small limits are passed as
// parameters so each case is a few kilobytes; the CLI case uses the real limits, with sizes the
// zip declares (nothing is inflated before the refusal, so the zip stays small).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { filesOfFolder, parseExport, parseFiles } from '../../main/importers/index';
import { ZIP_LIMITS, ZipArchive, type ZipLimits } from '../../main/importers/zipBounds';
import { DossierError } from '../../shared/errors';
import { dossier } from './filing/dossierCli';
import { fileSha256, newVault, tempFolder } from './helpers';

const KB = 1024;
const MB = 1024 * KB;
/** Each file may be 64 KiB, all of them together 256 KiB. */
const SMALL: ZipLimits = { entries: 1000, inflatedBytes: 64 * KB, totalBytes: 256 * KB };

const chat = (names: readonly string[]) =>
  ['05/03/2024, 18:00 - Max: где ты', ...names.map((name, i) => `05/03/2024, 18:${String(i + 1).padStart(2, '0')} - Max: ${name} (file attached)`)].join('\n');
const mediaNames = (n: number) => Array.from({ length: n }, (_, i) => `IMG-2024030${i % 9}-WA00${String(i).padStart(2, '0')}.jpg`);
/** Incompressible, so the zip is as large as what it holds (no bomb needed to pass a small total). */
const noise = (bytes: number, seed: number) => Uint8Array.from({ length: bytes }, (_, i) => (Math.imul(i + 1, 2654435761) ^ seed) >>> 24);

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof DossierError) return error.code;
    throw error;
  }
  return 'no error';
}

/** Rewrites the uncompressed size of the entries named, in the local headers and the central directory. */
function declare(zip: Buffer, sizes: Record<string, number>): Buffer {
  for (const [signature, sizeAt, nameLengthAt, nameAt] of [['PK\x03\x04', 22, 26, 30], ['PK\x01\x02', 24, 28, 46]] as const) {
    for (let at = zip.indexOf(signature, 0, 'latin1'); at >= 0; at = zip.indexOf(signature, at + 4, 'latin1')) {
      const name = zip.toString('utf8', at + nameAt, at + nameAt + zip.readUInt16LE(at + nameLengthAt));
      if (sizes[name] !== undefined) zip.writeUInt32LE(sizes[name], at + sizeAt);
    }
  }
  return zip;
}

describe('the total an import may inflate or read', () => {
  const dir = tempFolder('dossier-import-total-');

  it('a zip of entries each under the per-entry limit but together over the total: FILE_TOO_LARGE before anything is inflated', () => {
    const media = mediaNames(8); // 8 × 40 KiB: each under 64 KiB, together 320 KiB > 256 KiB
    const files: Record<string, Uint8Array> = { 'WhatsApp Chat with Max.txt': Buffer.from(chat(media)) };
    media.forEach((name, i) => (files[name] = noise(40 * KB, i)));
    const zip = zipSync(files, { level: 0 });
    // Refused on the directory alone: a zip whose entries are damaged beyond the directory is refused the same way.
    const damaged = Buffer.from(zip);
    for (let at = damaged.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = damaged.indexOf('PK\x03\x04', at + 4, 'latin1')) damaged.writeUInt32LE(0, at);
    expect(codeOf(() => new ZipArchive(damaged, SMALL))).toBe('FILE_TOO_LARGE');
    expect(codeOf(() => parseExport('whatsapp', 'export.zip', zip, { zone: 'UTC', dateOrder: 'dmy', limits: SMALL }))).toBe('FILE_TOO_LARGE');
    expect(codeOf(() => parseExport('auto', 'export.zip', zip, { zone: 'UTC', dateOrder: 'dmy', limits: SMALL }))).toBe('FILE_TOO_LARGE');
    // Under a larger total the same zip parses, its media found: the total, not the zip, refused it.
    const fits = parseExport('whatsapp', 'export.zip', zip, { zone: 'UTC', dateOrder: 'dmy', limits: { ...SMALL, totalBytes: 400 * KB } });
    expect(fits.media?.attached).toBe(8);
  });

  it('a size that lies is caught while inflating: an entry is never inflated past what it declared', () => {
    const text = chat([]).repeat(200); // ~7 KiB that compresses well
    const zip = declare(Buffer.from(zipSync({ '_chat.txt': Buffer.from(text) }, { level: 9 })), { '_chat.txt': 100 });
    // Before: fflate wrote into a 100-byte buffer and silently dropped the rest (a cut chat, imported).
    expect(codeOf(() => new ZipArchive(zip, SMALL).read('_chat.txt'))).toBe('IMPORT_MALFORMED');
    expect(codeOf(() => parseExport('whatsapp', 'export.zip', zip, { zone: 'UTC', dateOrder: 'dmy' }))).toBe('IMPORT_MALFORMED');
    // Declaring more than it holds is damaged too (the budget was drawn on the declared size).
    const longer = declare(Buffer.from(zipSync({ '_chat.txt': Buffer.from(text) }, { level: 9 })), { '_chat.txt': text.length + 10 });
    expect(codeOf(() => new ZipArchive(longer, SMALL).read('_chat.txt'))).toBe('IMPORT_MALFORMED');
    // A stored entry whose declared size differs from what it stores.
    const stored = declare(Buffer.from(zipSync({ '_chat.txt': Buffer.from(text) }, { level: 0 })), { '_chat.txt': 10 });
    expect(codeOf(() => new ZipArchive(stored, SMALL).read('_chat.txt'))).toBe('IMPORT_MALFORMED');
  });

  it('every read of one export draws on the same budget: re-reads, and the media read at commit', () => {
    const media = mediaNames(6); // 6 × 40 KiB = 240 KiB, plus the chat: under 256 KiB declared
    const files: Record<string, Uint8Array> = { 'WhatsApp Chat with Max.txt': Buffer.from(chat(media)) };
    media.forEach((name, i) => (files[name] = noise(40 * KB, i)));
    const zip = new ZipArchive(zipSync(files, { level: 0 }), SMALL);
    for (const name of media) expect(zip.read(name)).toHaveLength(40 * KB);
    // Read again (an overlapping entry, a second pass): past the total.
    expect(codeOf(() => zip.read(media[0]!))).toBe('FILE_TOO_LARGE');

    // A folder: only what is read counts, and the media attached at commit read through the same files.
    const folder = join(dir, 'export');
    mkdirSync(folder);
    const many = mediaNames(8); // 8 × 40 KiB read one by one: the seventh passes 256 KiB
    writeFileSync(join(folder, 'WhatsApp Chat with Max.txt'), chat(many));
    many.forEach((name, i) => writeFileSync(join(folder, name), noise(40 * KB, i)));
    const parsed = parseFiles('whatsapp', filesOfFolder(folder, 8, SMALL), { zone: 'UTC', dateOrder: 'dmy' });
    expect(parsed.media?.attached).toBe(8);
    const read = (name: string) => parsed.files!.read(name);
    for (const name of many.slice(0, 6)) expect(read(name)).toHaveLength(40 * KB);
    expect(codeOf(() => read(many[6]!))).toBe('FILE_TOO_LARGE');
  });

  it('the CLI refuses a zip whose entries declare more than 4 GiB together: exit 1, one line, the vault byte for byte as it was', async () => {
    // 17 media entries declaring 255 MB each: each under the 256 MB limit, together 4.2 GB.
    const media = mediaNames(17);
    const files: Record<string, Uint8Array> = { 'WhatsApp Chat with Max.txt': Buffer.from(chat(media)) };
    for (const name of media) files[name] = new Uint8Array(10);
    const zip = declare(Buffer.from(zipSync(files)), Object.fromEntries(media.map((name) => [name, 255 * MB])));
    expect(255 * MB).toBeLessThanOrEqual(ZIP_LIMITS.inflatedBytes);
    expect(17 * 255 * MB).toBeGreaterThan(ZIP_LIMITS.totalBytes);
    const path = join(dir, 'WhatsApp Chat with Max.zip');
    writeFileSync(path, zip);
    const { service, path: vault } = await newVault(dir, 'cli.dossier');
    await service.close();
    const before = fileSha256(vault);
    for (const extra of [['--preview'], []]) {
      const run = await dossier(['import', '--vault', vault, path, '--sender', 'Max', '--tz', 'UTC', '--date-order', 'dmy', ...extra]);
      expect(run.stderr).toMatch(/^dossier: FILE_TOO_LARGE: \S[^\n]*\n$/);
      expect(run.stderr).not.toContain(dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
    }
    expect(fileSha256(vault)).toBe(before);
  });
});
