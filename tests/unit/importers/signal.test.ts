// Signal through signal-export: chat.md (both header styles) or the chat's folder; wall times in
// the zone she names; "Me" is her.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesOfFolder, parseExport, parseFiles } from '../../../main/importers/index';
import { previewOf } from '../../../main/importers/prepare';
import { importErrorOf, utf8 } from './helpers';
import { writeTree } from './synthetic';

const temp = mkdtempSync(join(tmpdir(), 'dossier-signal-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const CHAT = [
  '[2019-05-29, 15:04] Виктор: Где ты?',
  'Отвечай немедленно',
  '[2019-05-29, 15:05] Me: Я на работе',
  '[2019-05-29 15:06:30] Виктор: ![IMG_0001.jpg](./media/IMG_0001.jpg)  ',
  '(- Me: 👎 -)',
  '[2019-05-29 23:59:59] Виктор: (This message was deleted)',
  '',
].join('\n');

describe('Signal (signal-export chat.md)', () => {
  it('chat.md: senders, "Me" as her, continuation lines, wall times in --tz', () => {
    const parsed = parseExport('auto', 'chat.md', utf8(CHAT), { zone: 'Europe/Minsk' });
    expect(parsed.format).toBe('signal');
    expect(parsed.timesAreUtc).toBe(false);
    const preview = previewOf(parsed, 'Europe/Minsk', { abuserSenders: ['Виктор'], meSenders: [] });
    expect(preview.senders).toEqual([{ name: 'Виктор', count: 3 }, { name: 'Me', count: 1 }]);
    expect(preview.roles).toEqual({ Виктор: 'abuser', Me: 'me' });
    expect(preview.countsByRole).toEqual({ abuser: 3, me: 1, other: 0 });
    expect(preview).toMatchObject({ first: '2019-05-29T12:04:00.000Z', last: '2019-05-29T20:59:59.000Z' });
    const [first, , photo, deleted] = parsed.messages;
    expect(first).toMatchObject({ text: 'Где ты?\nОтвечай немедленно', wallTime: '2019-05-29T15:04:00' });
    expect(photo).toMatchObject({ media: true, text: '![IMG_0001.jpg](./media/IMG_0001.jpg)  \n(- Me: 👎 -)' });
    expect(deleted).toMatchObject({ deleted: true });
  });

  it("the chat's folder, and a folder of several chats with --chat", () => {
    const one = writeTree(join(temp, 'one'), { 'Виктор/chat.md': CHAT, 'Виктор/data.json': '[]', 'Виктор/media/IMG_0001.jpg': 'x' });
    expect(parseFiles('auto', filesOfFolder(join(one, 'Виктор')), { zone: 'UTC' }).messages).toHaveLength(4);
    const many = writeTree(join(temp, 'many'), { 'Виктор/chat.md': CHAT, 'Ольга/chat.md': '[2020-01-01, 10:00] Ольга: привет\n' });
    expect(parseFiles('auto', filesOfFolder(many), { zone: 'UTC' })).toMatchObject({ needsChatChoice: true, chats: [{ id: 'Виктор', messages: 4 }, { id: 'Ольга', messages: 1 }] });
    expect(parseFiles('auto', filesOfFolder(many), { zone: 'UTC', chatId: 'Ольга' }).messages).toHaveLength(1);
  });

  it('a markdown file that is not a chat is IMPORT_UNRECOGNISED', () => {
    expect(importErrorOf(() => parseExport('auto', 'README.md', utf8('# Title\n\nSome text\n'))).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => parseExport('signal', 'chat.md', utf8('# Title\n'))).code).toBe('IMPORT_UNRECOGNISED');
  });
});
