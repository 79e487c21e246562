// Issue 14: the exports she actually has, through the CLI into real vaults — Telegram Desktop HTML,
// the VK archive, Instagram/Facebook JSON, Signal (signal-export) — as a folder, a zip or one page;
// detected by --format auto; --json keeps senders, roles and countsByRole; the original is kept.
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { ZIP_LIMITS } from '../../main/importers/zipBounds';
import { instagramThread, telegramExport, vkConversation, vkIndex, writeTree, zipTree } from '../unit/importers/synthetic';
import { newVault, PASSPHRASE, tempFolder } from './helpers';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures/messages');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  process.env.DOSSIER_PASSPHRASE = PASSPHRASE;
  try {
    const code = await main(args, (l) => out.push(l) > 0, (l) => err.push(l) > 0);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    delete process.env.DOSSIER_PASSPHRASE;
  }
}

describe('exports of many files through the CLI', () => {
  const dir = tempFolder('dossier-exports-');
  const vault = join(dir, 'v.dossier');

  it('Telegram HTML folder, VK zip, Instagram download, Signal chat: detected, counted, roles, instants', async () => {
    expect((await cli(['init', '--vault', vault])).code).toBe(0);
    const tg = writeTree(join(dir, 'ChatExport_2022-03-23'), telegramExport(2, 9).tree);
    const vkZip = join(dir, 'Archive.zip');
    writeFileSync(vkZip, zipTree({ ...vkConversation(42, 'Виктор', 60), ...vkConversation(7, 'Ольга', 2), 'messages/index-messages.html': vkIndex([[42, 'Виктор'], [7, 'Ольга']]) }));
    const ig = writeTree(join(dir, 'instagram'), instagramThread('your_instagram_activity/messages/inbox/viktor_1', 'Виктор', [
      { sender_name: 'Виктор', timestamp_ms: Date.UTC(2023, 0, 1, 10), content: 'Открой дверь' },
      { sender_name: 'Анна', timestamp_ms: Date.UTC(2023, 0, 1, 11), content: 'Нет' },
    ], 1));
    const signal = writeTree(join(dir, 'signal'), { 'Виктор/chat.md': '[2019-05-29, 15:04] Виктор: Где ты?\n[2019-05-29, 15:05] Me: дома\n' });

    const cases: [string, string[], Record<string, unknown>][] = [
      [tg, ['--sender', 'Виктор', '--me', 'Анна'], { format: 'telegram-html', senders: { Виктор: 9, Анна: 9 }, roles: { Виктор: 'abuser', Анна: 'me' }, countsByRole: { abuser: 9, me: 9, other: 0 }, first: '2022-03-23T11:00:00.000Z', last: '2022-03-23T11:17:00.000Z', timesAreUtc: true }],
      [vkZip, ['--chat', '42', '--sender', 'Виктор', '--tz', 'Europe/Minsk'], { format: 'vk', senders: { Виктор: 30, Вы: 30 }, roles: { Виктор: 'abuser', Вы: 'me' }, countsByRole: { abuser: 30, me: 30, other: 0 }, first: '2012-10-23T18:33:32.000Z', timesAreUtc: false }],
      [ig, ['--sender', 'Виктор', '--me', 'Анна'], { format: 'instagram', senders: { Виктор: 1, Анна: 1 }, roles: { Виктор: 'abuser', Анна: 'me' }, countsByRole: { abuser: 1, me: 1, other: 0 }, first: '2023-01-01T10:00:00.000Z', last: '2023-01-01T11:00:00.000Z' }],
      [join(signal, 'Виктор/chat.md'), ['--sender', 'Виктор', '--tz', 'Europe/Minsk'], { format: 'signal', senders: { Виктор: 1, Me: 1 }, roles: { Виктор: 'abuser', Me: 'me' }, first: '2019-05-29T12:04:00.000Z', last: '2019-05-29T12:05:00.000Z' }],
    ];
    for (const [source, args, expected] of cases) {
      const preview = await cli(['import', '--vault', vault, source, '--format', 'auto', '--preview', '--json', ...args]);
      expect(preview.stderr).toBe('');
      expect(JSON.parse(preview.stdout)).toMatchObject(expected);
      const done = await cli(['import', '--vault', vault, source, '--json', ...args]);
      expect(done.stderr).toBe('');
      const json = JSON.parse(done.stdout);
      expect(json).toMatchObject({ ...expected, duplicates: 0 });
      expect(json.imported).toBe(Object.values(expected.senders as Record<string, number>).reduce((a, b) => a + b, 0));
    }
    // VK without --chat: the preview lists the conversations with names, counts and ids.
    const listing = await cli(['import', '--vault', vault, vkZip, '--preview']);
    expect(listing.stdout).toContain('0: Виктор (60 messages)  id 42');
    expect(listing.stdout).toContain('1: Ольга (2 messages)  id 7');
    expect(JSON.parse((await cli(['import', '--vault', vault, vkZip, '--preview', '--json'])).stdout)).toMatchObject({ needsChatChoice: true });
  }, 120_000);

  it('a folder import keeps the pages it read as the original, and re-importing adds nothing', async () => {
    const { service } = await newVault(dir, 'orig.dossier');
    const tree = telegramExport(3, 4).tree;
    const folder = writeTree(join(dir, 'tg-orig'), { ...tree, 'photos/photo_1.jpg': 'jpeg', 'unrelated.txt': 'not part of it' });
    const settings = { format: 'auto' as const, zone: 'UTC' };
    const first = await service['import.commit']({ source: { path: join(folder, 'messages2.html') }, settings, abuserSenders: ['Виктор'], meSenders: [] });
    expect(first).toMatchObject({ imported: 12, format: 'telegram-html' });
    const [kept] = await service['attachments.list']({ entryId: first.entryId });
    expect(kept!.fileName).toBe('messages2.zip');
    const bytes = Buffer.from((await service['attachments.read']({ id: kept!.id, offset: 0, length: kept!.size })).base64, 'base64');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(first.originalSha256);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(['messages.html', 'messages2.html', 'messages3.html']);
    const again = await service['import.commit']({ source: { path: folder }, settings, abuserSenders: ['Виктор'], meSenders: [], entryId: first.entryId });
    expect(again).toMatchObject({ imported: 0, duplicates: 12, originalSha256: first.originalSha256 });
    // The same pages give the same kept zip: still one original in the entry.
    expect(await service['attachments.list']({ entryId: first.entryId })).toHaveLength(1);
    await service['vault.lock']({});
  });

  it('zip bounds hold for every format: a page that declares more than the limit is FILE_TOO_LARGE, nothing written', async () => {
    const zip = Buffer.from(zipTree(vkConversation(42, 'Виктор', 3)));
    const central = zip.indexOf('PK\x01\x02', 0, 'latin1');
    zip.writeUInt32LE(ZIP_LIMITS.inflatedBytes + 1, central + 24);
    const path = join(dir, 'lying.zip');
    writeFileSync(path, zip);
    const result = await cli(['import', '--vault', vault, path, '--sender', 'Виктор']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^dossier: (FILE_TOO_LARGE|IMPORT_MALFORMED): /);
    expect(result.stderr.split('\n')).toHaveLength(1);
  });

  it('a random web page and a random JSON file: IMPORT_UNRECOGNISED, one line, exit 4', async () => {
    const page = join(dir, 'news.html');
    writeFileSync(page, '<!DOCTYPE html><html><body><div class="message">Hello</div></body></html>');
    const json = join(dir, 'settings.json');
    writeFileSync(json, '{"theme": "dark", "participants": 2}');
    for (const path of [page, json]) {
      const result = await cli(['import', '--vault', vault, path, '--preview']);
      expect(result.code).toBe(4);
      expect(result.stderr).toMatch(/^dossier: IMPORT_UNRECOGNISED: [^\n]+$/);
      expect(result.stderr).not.toContain(dir);
    }
  });

  it.skipIf(!existsSync(FIXTURES))('the real export of a Telegram HTML chat, through the CLI', async () => {
    const result = await cli(['import', '--vault', vault, join(FIXTURES, 'telegram/lc_personal_chat_messages.html'), '--preview', '--json', '--sender', 'Jimmeny Marvelton']);
    expect(JSON.parse(result.stdout)).toMatchObject({ format: 'telegram-html', messages: 4, senders: { 'Jimmeny Marvelton': 3, 'Batman & Robin': 1 }, countsByRole: { abuser: 3, me: 0, other: 1 } });
  });
});
