// Message import through the service, into real vaults: the counts, the instants, the one-
// transaction commit, the original kept as a hashed attachment, dedupe on re-import, patterns.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../main/vault/connection';
import { createService } from '../../main/service';
import { expectCode, fileSha256, newVault, PASSPHRASE, tempFolder } from './helpers';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures/messages');

/** A synthetic WhatsApp (Android) export: `count` messages from Max, one every `minutes`. */
function whatsappExport(count: number, start: Date, minutes: number, extra = ''): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = new Date(start.getTime() + i * minutes * 60_000);
    const p = (n: number) => String(n).padStart(2, '0');
    lines.push(`${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}, ${p(t.getUTCHours())}:${p(t.getUTCMinutes())} - Max: Ответь мне ${i}`);
  }
  return `${lines.join('\n')}\n${extra}`;
}

describe('message import', () => {
  const dir = tempFolder('dossier-import-');

  describe.skipIf(!existsSync(FIXTURES))('real exports from ../shared/fixtures', () => {
    it('imports an iOS WhatsApp chat in the zone the user confirmed, keeping the original and provenance', async () => {
      const { service } = await newVault(dir, 'wa.dossier');
      const file = join(FIXTURES, 'whatsapp/lc_ios_en_12h_lrm.txt');
      const him = await service['people.create']({ draft: { name: 'Dr. Feather', role: 'perpetrator' } });
      const result = await service['import.commit']({ source: { path: file }, settings: { format: 'auto', zone: 'Europe/Minsk' }, abuserSenders: ['Dr. Feather'], meSenders: ['Jungle Jane'], personId: him.id });
      expect(result).toMatchObject({ format: 'whatsapp', messages: 11, calls: 0, imported: 11, duplicates: 0, first: '2023-08-15T06:12:43.000Z', last: '2023-08-15T18:25:16.000Z', zone: 'Europe/Minsk', timesAreUtc: false });
      expect(result.senders).toEqual([{ name: 'Dr. Feather', count: 7 }, { name: 'Jungle Jane', count: 4 }]);
      expect(result.originalSha256).toBe(fileSha256(file));
      const detail = await service['entries.get']({ id: result.entryId });
      expect(detail.entry).toMatchObject({ kind: 'stalking', messageCount: 11, personIds: [him.id] });
      expect(detail.attachments.map((a) => a.sha256)).toEqual([fileSha256(file)]);
      const messages = await service['messages.list']({ entryId: result.entryId });
      expect(messages[0]).toMatchObject({ sender: 'Dr. Feather', direction: 'incoming', personId: him.id, wallTime: '2023-08-15T09:12:43', zone: 'Europe/Minsk' });
      expect(messages[0]?.rawHeader).toContain('9:12:43');
      expect(messages.every((m) => typeof m.sourceLine === 'number')).toBe(true);
      expect(messages.filter((m) => m.sender === 'Jungle Jane').every((m) => m.direction === 'outgoing' && m.personId === undefined)).toBe(true);
      expect((await service['vault.verify']({})).ledger.ok).toBe(true);
      await service.close();
    });

    it('prefers Telegram date_unixtime (UTC) and SMS epoch milliseconds over local times', async () => {
      const { service } = await newVault(dir, 'tg.dossier');
      const tg = await service['import.commit']({ source: { path: join(FIXTURES, 'telegram/lc_personal_chat_result.json') }, settings: { format: 'telegram', zone: 'UTC' } });
      expect(tg).toMatchObject({ timesAreUtc: true, first: '2023-08-23T20:11:23.000Z', imported: 4 });
      expect(tg.senders).toEqual([{ name: 'Jimmeny Marvelton', count: 3 }, { name: 'Batman & Robin', count: 1 }]);
      const sms = await service['import.commit']({ source: { path: join(FIXTURES, 'sms-backup-restore/dv_sms_small.xml') }, settings: { format: 'auto' } });
      expect(sms).toMatchObject({ format: 'sms-xml', messages: 12, first: '2017-12-02T14:49:27.463Z', imported: 12 });
      await service.close();
    });

    it('asks which chat of a full Telegram account export', async () => {
      const { service } = await newVault(dir, 'tg-full.dossier');
      const source = { path: join(FIXTURES, 'telegram/cm_full_account_export_chats_list.json') };
      const preview = await service['import.preview']({ source, settings: { format: 'auto' } });
      if (preview.needsChatChoice) {
        await expectCode(service['import.commit']({ source }), 'INVALID_INPUT');
        expect(preview.chats?.length).toBeGreaterThan(1);
      }
      const done = await service['import.commit']({ source, settings: { format: 'auto', chatIndex: 0 } });
      expect(done.imported).toBeGreaterThan(0);
      await service.close();
    });

    it('rejects the truncated SMS backup whole: nothing imported, with the line', async () => {
      const { service } = await newVault(dir, 'cut.dossier');
      const error = await expectCode(service['import.commit']({ source: { path: join(FIXTURES, 'sms-backup-restore/dv_sms_and_mms_rcs.xml') } }), 'IMPORT_MALFORMED');
      expect(error.details.line).toBe(136);
      expect(await service['entries.list']({ includeArchived: true })).toEqual([]);
      await service.close();
    });
  });

  it('refuses an ambiguous day/month order until the user chooses, then reads it that way', async () => {
    const { service } = await newVault(dir, 'ambiguous.dossier');
    const file = join(dir, 'ambiguous.txt');
    writeFileSync(file, '03/04/2024, 10:00 - Max: first\n03/04/2024, 10:05 - Max: second\n');
    const preview = await service['import.preview']({ source: { path: file }, settings: { format: 'auto', zone: 'UTC' } });
    expect(preview.dateOrderCertain).toBe(false);
    await expectCode(service['import.commit']({ source: { path: file }, settings: { format: 'auto', zone: 'UTC' } }), 'IMPORT_AMBIGUOUS_DATE_ORDER');
    expect(await service['entries.list']({})).toEqual([]);
    const dmy = await service['import.commit']({ source: { path: file }, settings: { format: 'auto', zone: 'UTC', dateOrder: 'dmy' } });
    expect(dmy.first).toBe('2024-04-03T10:00:00.000Z');
    await service.close();
  });

  it('adds only the new messages when an overlapping export is imported again, and keeps true repeats', async () => {
    const { service } = await newVault(dir, 'dedupe.dossier');
    const start = new Date('2024-03-13T08:00:00Z');
    const repeat = '13/03/2024, 23:59 - Max: ?\n13/03/2024, 23:59 - Max: ?\n';
    const first = join(dir, 'first.txt');
    writeFileSync(first, whatsappExport(60, start, 5, repeat));
    const firstResult = await service['import.commit']({ source: { path: first }, settings: { format: 'auto', zone: 'UTC' }, abuserSenders: ['Max'] });
    expect(firstResult.imported).toBe(62); // the two identical "?" in the same minute are both kept
    const later = join(dir, 'later.txt');
    writeFileSync(later, whatsappExport(100, start, 5, repeat));
    const again = await service['import.commit']({ source: { path: later }, settings: { format: 'auto', zone: 'UTC' }, abuserSenders: ['Max'], entryId: firstResult.entryId });
    expect(again).toMatchObject({ imported: 40, duplicates: 62, entryId: firstResult.entryId });
    const same = await service['import.commit']({ source: { path: later }, settings: { format: 'auto', zone: 'UTC' }, abuserSenders: ['Max'], entryId: firstResult.entryId });
    expect(same).toMatchObject({ imported: 0, duplicates: 102 });
    const detail = await service['entries.get']({ id: firstResult.entryId });
    expect(detail.entry.messageCount).toBe(102);
    expect(detail.attachments.length).toBe(2); // each distinct original once
    expect((await service['vault.verify']({})).ledger.ok).toBe(true);
    await service.close();
  });

  it('shows the pattern: 143 messages in 3 days, per day and hour, and after "I asked him to stop"', async () => {
    const { service } = await newVault(dir, 'burst.dossier');
    const file = join(dir, 'burst.txt');
    // 143 messages 30 minutes apart = 71.5 hours, then 10 more a week later.
    const burst = whatsappExport(143, new Date('2024-05-01T00:00:00Z'), 30);
    const later = whatsappExport(10, new Date('2024-05-10T12:00:00Z'), 60);
    writeFileSync(file, burst + later);
    const result = await service['import.commit']({ source: { path: file }, settings: { format: 'auto', zone: 'UTC', dateOrder: 'dmy' }, abuserSenders: ['Max'] });
    const stats = await service['stalking.patterns']({ entryId: result.entryId, after: '2024-05-05T00:00:00Z' });
    expect(stats.messages).toBe(153);
    expect(stats.longestBurst72h).toEqual({ count: 143, from: '2024-05-01T00:00:00.000Z', to: '2024-05-03T23:00:00.000Z' });
    expect(stats.longestBurst24h.count).toBe(48);
    expect(stats.perDay.slice(0, 3).map((d) => d.messages)).toEqual([48, 48, 47]);
    expect(stats.perHour.reduce((a, b) => a + b, 0)).toBe(153);
    expect(stats.after).toEqual({ since: '2024-05-05T00:00:00.000Z', messages: 10, calls: 0 });
    expect(stats).toMatchObject({ first: '2024-05-01T00:00:00.000Z', last: '2024-05-10T21:00:00.000Z' });
    await service.close();
  });

  it('rejects what it cannot read with a coded error and changes nothing', async () => {
    const { service } = await newVault(dir, 'bad.dossier');
    const head = (await service['ledger.verify']({})).head;
    const cases: [string, string | Buffer, string][] = [
      ['empty.txt', '', 'IMPORT_UNRECOGNISED'],
      ['random.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'IMPORT_UNRECOGNISED'],
      ['broken.json', '{"name": "chat", "messages": [ {"id": 1, ', 'IMPORT_MALFORMED'],
      ['broken.xml', '<?xml version="1.0"?><smses count="2"><sms date="1" body="x"', 'IMPORT_MALFORMED'],
    ];
    for (const [name, content, code] of cases) {
      const file = join(dir, name);
      writeFileSync(file, content);
      await expectCode(service['import.commit']({ source: { path: file } }), code as never);
    }
    await expectCode(service['import.commit']({ source: { path: join(dir, 'absent.txt') } }), 'FILE_NOT_FOUND');
    await expectCode(service['import.commit']({ source: { path: join(dir, 'random.bin') }, settings: { format: 'csv' } }), 'IMPORT_UNRECOGNISED');
    expect(await service['entries.list']({ includeArchived: true })).toEqual([]);
    expect((await service['ledger.verify']({})).head).toBe(head);
    await service.close();
  });

  it('streams a large SMS backup and reports how far reading has got', async () => {
    const file = join(dir, 'sms-large.xml');
    const sms = Array.from({ length: 20_000 }, (_, i) => `<sms protocol="0" address="+375291112233" date="${1704067200000 + i * 60_000}" type="1" body="Сообщение номер ${i} &#55357;&#56832;" read="1" contact_name="Max" />`);
    writeFileSync(file, `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${sms.length}">\n${sms.join('\n')}\n</smses>\n`);
    const seen: [number, number][] = [];
    const service = createService({ onImportProgress: (read, total) => seen.push([read, total]) });
    await service['vault.create']({ path: join(dir, 'sms-large.dossier'), passphrase: PASSPHRASE });
    const result = await service['import.commit']({ source: { path: file }, abuserSenders: ['Max'] });
    expect(result).toMatchObject({ format: 'sms-xml', messages: 20_000, imported: 20_000, first: '2024-01-01T00:00:00.000Z' });
    const total = statSync(file).size;
    expect(seen.length).toBeGreaterThan(1); // streamed in pieces, not read whole
    expect(seen.every(([read, all], i) => all === total && (i === 0 || read > seen[i - 1]![0]))).toBe(true);
    expect(seen[seen.length - 1]![0]).toBe(total);
    const [message] = await service['messages.list']({ entryId: result.entryId, limit: 1 });
    expect(message?.text).toBe('Сообщение номер 0 😀'); // surrogate-pair reference repaired
    await service.close();
  });

  it('imports the CSV template, and the ledger catches an altered import record', async () => {
    const { service, path } = await newVault(dir, 'csv.dossier');
    const file = join(dir, 'messages.csv');
    writeFileSync(file, 'sent_at,sender,recipient,direction,channel,text\n2024-03-01T21:14:05+01:00,Max,Anna,incoming,sms,"Where are you?"\n2024-03-01T21:20:00+01:00,Max,Anna,incoming,call,\n');
    const result = await service['import.commit']({ source: { fileName: 'messages.csv', base64: readFileSync(file).toString('base64') }, abuserSenders: ['Max'] });
    expect(result).toMatchObject({ format: 'csv', messages: 1, calls: 1, imported: 2, first: '2024-03-01T20:14:05.000Z' });
    await service.close();
    const { db } = await openVault(path, PASSPHRASE);
    await db.run("UPDATE imports SET data = json_set(data, '$.counts.duplicates', 5)");
    await db.close();
    const reopened = createService();
    await reopened['vault.open']({ path, passphrase: PASSPHRASE });
    expect((await reopened['ledger.verify']({})).firstBroken?.reason).toMatch(/messages differ/);
    await reopened.close();
  });
});
