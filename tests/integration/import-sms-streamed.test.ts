// A path-named SMS Backup & Restore file is imported in two streamed passes and written into the
// one import transaction in batches (issue 12, item 2). What it must keep: the very preview,
// counts, first/last, roles, dedupe keys and stored messages the in-memory path gives for the
// same bytes (that path still reads base64 sources), and "a failure anywhere writes nothing".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../main/vault/connection';
import type { Service } from '../../main/service';
import type { Db } from '../../main/vault/sqlite';
import { expectCode, newVault, PASSPHRASE, tempFolder } from './helpers';

const START = Date.UTC(2024, 0, 1);

/** `count` records: SMS from Max and to him, calls, an MMS, and identical messages repeated (the
 *  same instant, sender and text: numbered #0, #1, …). Big enough for several 1 MiB batches. */
function backup(count: number, broken?: { at: number; record: string }): string {
  const records: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (broken && i === broken.at) records.push(broken.record);
    const date = START + i * 60_000;
    const filler = 'ы'.repeat(300); // ~750 bytes a record: a few thousand records span several read chunks
    if (i % 10 === 9) records.push(`<call number="+375291112233" duration="${i % 3 === 0 ? 0 : 42}" date="${date}" type="${1 + (i % 3)}" contact_name="Max" />`);
    else if (i % 97 === 0) records.push(`<mms date="${date}" msg_box="1" address="+375291112233" contact_name="Max"><parts><part ct="text/plain" text="MMS ${i}" /></parts><addrs><addr address="+375291112233" type="137" /></addrs></mms>`);
    else if (i % 50 === 0) records.push(`<sms address="+375291112233" date="${START}" type="1" body="?" contact_name="Max" />`);
    else records.push(`<sms address="+375291112233" date="${date}" type="${i % 4 === 0 ? 2 : 1}" body="Сообщение ${i} ${filler} &#55357;&#56832;" contact_name="Max" />`);
  }
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${count}">\n${records.join('\n')}\n</smses>\n`;
}

async function linksOf(service: Service): Promise<number> {
  return (await service['ledger.verify']({})).links;
}

/** The stored messages without what differs by nature between two vaults (ids, entry, batch). */
async function storedMessages(path: string): Promise<unknown[]> {
  const { db } = await openVault(path, PASSPHRASE);
  try {
    const rows = await db.all<{ dedupe_key: string; sent_at: string; data: string }>('SELECT dedupe_key, sent_at, data FROM messages ORDER BY seq');
    return rows.map((row) => {
      const { id: _id, entryId: _entry, batchId: _batch, ...message } = JSON.parse(row.data) as Record<string, unknown>;
      return { key: row.dedupe_key, sentAt: row.sent_at, message };
    });
  } finally {
    await db.close();
  }
}

/** Message ids in the order the messages were written: ordered ids only ever append to the id
 *  index, which is what keeps a 10-million-message import from touching the whole index. */
async function idsInWritingOrder(path: string): Promise<string[]> {
  return reading(path, async (db) => (await db.all<{ id: string }>('SELECT id FROM messages ORDER BY seq')).map((row) => row.id));
}

async function tablesOf(path: string): Promise<string[]> {
  return reading(path, async (db) => (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map((row) => row.name));
}

/** Opens the closed vault, reads, closes it again. */
async function reading<T>(path: string, read: (db: Db) => Promise<T>): Promise<T> {
  const { db } = await openVault(path, PASSPHRASE);
  try {
    return await read(db);
  } finally {
    await db.close();
  }
}

describe('streamed SMS import', () => {
  const dir = tempFolder('dossier-sms-streamed-');
  const choice = { abuserSenders: ['Max'], meSenders: [] };

  it('gives the same preview, counts, first/last, roles, keys and messages as reading the file whole', async () => {
    const text = backup(4000);
    const file = join(dir, 'sms.xml');
    writeFileSync(file, text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024); // several read chunks: several batches

    const whole = await newVault(dir, 'whole.dossier');
    const streamed = await newVault(dir, 'streamed.dossier');
    const base64 = { base64: Buffer.from(text).toString('base64'), fileName: 'sms.xml' };
    const settings = { format: 'auto' as const, zone: 'Europe/Minsk' };

    const previewWhole = await whole.service['import.preview']({ source: base64, settings, ...choice });
    const previewStreamed = await streamed.service['import.preview']({ source: { path: file }, settings, ...choice });
    expect(previewStreamed).toEqual(previewWhole);
    expect(previewStreamed).toMatchObject({ format: 'sms-xml', messages: 3600, calls: 400, first: '2024-01-01T00:00:00.000Z', last: new Date(START + 3999 * 60_000).toISOString() });
    expect(previewStreamed.countsByRole).toEqual(previewWhole.countsByRole);
    expect(previewStreamed.countsByRole.me).toBeGreaterThan(0);

    const resultWhole = await whole.service['import.commit']({ source: base64, settings, ...choice });
    const resultStreamed = await streamed.service['import.commit']({ source: { path: file }, settings, ...choice });
    const comparable = ({ entryId: _e, importId: _i, originalAttachmentId: _a, ...rest }: typeof resultWhole) => rest;
    expect(comparable(resultStreamed)).toEqual(comparable(resultWhole));
    expect(resultStreamed).toMatchObject({ imported: 4000, duplicates: 0 });
    // The same file again: every message is already there (the repeats too, by their numbers).
    const again = await streamed.service['import.commit']({ source: { path: file }, settings, ...choice, entryId: resultStreamed.entryId });
    expect(again).toMatchObject({ imported: 0, duplicates: 4000 });
    expect((await streamed.service['ledger.verify']({})).ok).toBe(true);
    await whole.service.close();
    await streamed.service.close();

    const wholeRows = await storedMessages(whole.path);
    const streamedRows = await storedMessages(streamed.path);
    expect(streamedRows).toEqual(wholeRows);
    const repeats = streamedRows.filter((row) => (row as { key: string }).key.startsWith('t:2024-01-01T00:00:00.000Z|Max|'));
    expect(repeats.length).toBeGreaterThan(60); // the identical "?" messages, numbered one by one
    expect(new Set(repeats.map((row) => (row as { key: string }).key)).size).toBe(repeats.length);
    expect(await tablesOf(streamed.path)).not.toContain('import_occurrences');
    const ids = await idsInWritingOrder(streamed.path);
    expect(ids).toHaveLength(4000);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  }, 240_000); // two vaults, three imports of 4,000 records on a shared 2-core machine

  it('a backup that breaks half-way (damaged XML) writes nothing', async () => {
    const file = join(dir, 'broken.xml');
    writeFileSync(file, backup(4000, { at: 2500, record: '<sms date="1" body="unterminated' }));
    const { service, path } = await newVault(dir, 'broken.dossier');
    const links = await linksOf(service);
    await expectCode(service['import.commit']({ source: { path: file }, settings: { format: 'auto', zone: 'UTC' }, ...choice }), 'IMPORT_MALFORMED');
    expect(await service['entries.list']({ includeArchived: true })).toEqual([]);
    expect(await linksOf(service)).toBe(links);
    await service.close();
    expect(await storedMessages(path)).toEqual([]);
  });

  it('a record without a date half-way fails the writing pass after earlier batches went in: all rolled back', async () => {
    const file = join(dir, 'undated.xml');
    // The counting pass only warns about it; the writing pass has written ~2 MiB of batches when it gets there.
    writeFileSync(file, backup(4000, { at: 3000, record: '<sms address="+375291112233" type="1" body="no date" contact_name="Max" />' }));
    const { service, path } = await newVault(dir, 'undated.dossier');
    const links = await linksOf(service);
    const preview = await service['import.preview']({ source: { path: file }, settings: { format: 'auto', zone: 'UTC' }, ...choice });
    expect(preview.warnings.map((w) => w.code)).toContain('NO_DATE');
    await expectCode(service['import.commit']({ source: { path: file }, settings: { format: 'auto', zone: 'UTC' }, ...choice }), 'IMPORT_MALFORMED');
    expect(await service['entries.list']({ includeArchived: true })).toEqual([]);
    expect(await linksOf(service)).toBe(links);
    await service.close();
    expect(await storedMessages(path)).toEqual([]);
    expect(await tablesOf(path)).not.toContain('import_occurrences');
  });
});
