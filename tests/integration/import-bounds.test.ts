// Every import is bounded: a zip's entry count and the size its chat text declares, and the size
// of a file sent as base64. Each limit is a coded error (FILE_TOO_LARGE / IMPORT_MALFORMED) with
// nothing written: no entry, no message, no attachment, no ledger link.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateEntry, listZip, ZIP_LIMITS } from '../../main/importers/zipBounds';
import type { Service } from '../../main/service';
import { expectCode, newVault, tempFolder } from './helpers';

const MB = 1024 * 1024;
const chat = (n: number) => Array.from({ length: n }, (_, i) => `05/03/2024, 18:${String(i % 60).padStart(2, '0')} - Max: где ты ${i}`).join('\n');

/** The ledger's length now; `nothingWritten` then checks that no entry and no link was added. */
async function linksOf(service: Service): Promise<number> {
  return (await service['ledger.verify']({})).links;
}
async function nothingWritten(service: Service, links: number): Promise<void> {
  expect(await service['entries.list']({ includeArchived: true })).toEqual([]);
  expect(await linksOf(service)).toBe(links);
}

/** Rewrites every entry's uncompressed size, in the local headers and the central directory. */
function declareSizes(zip: Buffer, size: number): void {
  for (let at = zip.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 4, 'latin1')) zip.writeUInt32LE(size, at + 22);
  for (let at = zip.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4, 'latin1')) zip.writeUInt32LE(size, at + 24);
}

describe('import bounds', () => {
  const dir = tempFolder('dossier-import-bounds-');

  it('a zip is listed without inflating, and only the chosen entry is inflated', () => {
    const zip = zipSync({ 'WhatsApp Chat with Max.txt': Buffer.from(chat(3)), 'photo.jpg': new Uint8Array(5 * MB), 'other.txt': new Uint8Array(10) });
    const entries = listZip(zip);
    expect(entries.map((e) => e.name).sort()).toEqual(['WhatsApp Chat with Max.txt', 'other.txt', 'photo.jpg']);
    expect(Buffer.from(inflateEntry(zip, entries.find((e) => e.name.startsWith('WhatsApp'))!)).toString()).toBe(chat(3));
  });

  it('six .txt entries declaring 300 MB each in a small zip: FILE_TOO_LARGE, nothing inflated, nothing written', async () => {
    // fflate inflates into a buffer of the declared size: before, all six were inflated at once
    // (1.8 GB here; 3.7 GB in the reported case). Now the chosen one is refused on its declared size.
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 6; i += 1) files[`chat-${i}.txt`] = Buffer.from(chat(1000));
    const zip = Buffer.from(zipSync(files, { level: 9 }));
    declareSizes(zip, 300 * MB);
    expect(listZip(zip).map((e) => e.originalSize)).toEqual(Array(6).fill(300 * MB));
    const path = join(dir, 'bomb.zip');
    writeFileSync(path, zip);
    const { service } = await newVault(dir, 'bomb.dossier');
    const links = await linksOf(service);
    const before = process.memoryUsage().rss;
    await expectCode(service['import.preview']({ source: { path }, settings: { format: 'whatsapp', zone: 'UTC' } }), 'FILE_TOO_LARGE');
    await expectCode(service['import.commit']({ source: { path }, settings: { format: 'whatsapp', zone: 'UTC' } }), 'FILE_TOO_LARGE');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
    await nothingWritten(service, links);
    await service.close();
  });

  it('more entries than the limit is IMPORT_MALFORMED', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 50; i += 1) files[`f${i}.txt`] = new Uint8Array(1);
    const zip = zipSync(files);
    expect(listZip(zip, { ...ZIP_LIMITS, entries: 50 })).toHaveLength(50);
    expect(() => listZip(zip, { ...ZIP_LIMITS, entries: 20 })).toThrow(expect.objectContaining({ code: 'IMPORT_MALFORMED' }));
    expect(() => inflateEntry(zip, { name: 'f1.txt', originalSize: ZIP_LIMITS.inflatedBytes + 1 })).toThrow(expect.objectContaining({ code: 'FILE_TOO_LARGE' }));
  });

  it('a base64 source over the limit is FILE_TOO_LARGE before it is decoded, for imports and attachments', async () => {
    const { service } = await newVault(dir, 'base64.dossier', { base64LimitBytes: 1 * MB });
    const links = await linksOf(service);
    const big = Buffer.from(chat(40_000));
    expect(big.length).toBeGreaterThan(1 * MB);
    const source = { fileName: 'chat.txt', base64: big.toString('base64') };
    await expectCode(service['import.preview']({ source, settings: { format: 'whatsapp', zone: 'UTC' } }), 'FILE_TOO_LARGE');
    await expectCode(service['import.commit']({ source, settings: { format: 'whatsapp', zone: 'UTC' } }), 'FILE_TOO_LARGE');
    await expectCode(
      service['entries.create']({ draft: { kind: 'incident', title: 'x', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'UTC', precision: 'exact' } }, attachments: [source] }),
      'FILE_TOO_LARGE',
    );
    await nothingWritten(service, links);
    // Under the limit the same path works (the limit, not the route, refused it).
    const small = { fileName: 'chat.txt', base64: Buffer.from(chat(100)).toString('base64') };
    expect((await service['import.commit']({ source: small, settings: { format: 'whatsapp', zone: 'UTC', dateOrder: 'dmy' } })).imported).toBe(100);
    await service.close();
  });
});
