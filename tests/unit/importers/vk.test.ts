// The VK archive ("Архив данных ВКонтакте"), from a synthetic multi-page generator (there is no
// real sample): windows-1251, pages newest first, "Вы" as her, Russian month abbreviations, wall
// times in her zone, attachments as links in the text.
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesBeside, filesOfBytes, filesOfFolder, parseExport, parseFiles } from '../../../main/importers/index';
import { previewOf } from '../../../main/importers/prepare';
import { importErrorOf } from './helpers';
import { cp1251, vkConversation, vkIndex, vkPage, writeTree, zipTree } from './synthetic';

const temp = mkdtempSync(join(tmpdir(), 'dossier-vk-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const PEER = 123456;
const conv = vkConversation(PEER, 'Виктор Петров', 120); // pages messages0, 50, 100
const archive = { ...conv, ...vkConversation(777, 'Ольга', 3), 'messages/index-messages.html': vkIndex([[PEER, 'Виктор Петров'], [777, 'Ольга']]), 'index.html': '<html></html>' };

function expectConversation(parsed: ReturnType<typeof parseFiles>): void {
  expect(parsed.format).toBe('vk');
  expect(parsed.messages).toHaveLength(120);
  expect(parsed.timesAreUtc).toBe(false);
  // Oldest first across every page, one hour apart.
  expect(parsed.messages[0]).toMatchObject({ platformId: '1000', sender: 'Виктор Петров', senderId: `id${PEER}`, wallTime: '2012-10-23T21:33:32', sentAt: '2012-10-23T17:33:32.000Z' /* Moscow was UTC+4 in 2011–2014 */, text: 'Где ты 0?\nОтветь' });
  expect(parsed.messages[1]).toMatchObject({ sender: 'Вы', direction: 'outgoing', wallTime: '2012-10-23T22:33:32' });
  expect(parsed.messages[119]).toMatchObject({ platformId: '1119', wallTime: '2012-10-28T20:33:32' });
  expect(parsed.messages.map((m) => m.platformId)).toEqual(Array.from({ length: 120 }, (_, i) => String(1000 + i)));
  expect(parsed.messages[2]).toMatchObject({ media: true, text: 'Где ты 2?\nОтветь\n[Фотография https://sun9-1.userapi.com/photo.jpg]' });
  // "Вы" is her without being asked; he is whom she marks.
  const preview = previewOf(parsed, 'Europe/Moscow', { abuserSenders: ['Виктор Петров'], meSenders: [] });
  expect(preview.senders).toEqual([{ name: 'Виктор Петров', count: 60 }, { name: 'Вы', count: 60 }]);
  expect(preview.roles).toEqual({ 'Виктор Петров': 'abuser', Вы: 'me' });
  expect(preview.countsByRole).toEqual({ abuser: 60, me: 60, other: 0 });
  expect(previewOf(parsed, 'Europe/Moscow').roles).toEqual({ 'Виктор Петров': 'other', Вы: 'me' });
  expect(preview).toMatchObject({ first: '2012-10-23T17:33:32.000Z', last: '2012-10-28T16:33:32.000Z' });
}

describe('VK archive', () => {
  const folder = writeTree(join(temp, 'Archive'), archive);

  it('the zip: the preview lists the conversations with names and counts; --chat PEER_ID chooses', () => {
    const files = filesOfBytes('Archive.zip', zipTree(archive));
    expect(parseFiles('auto', files, { zone: 'Europe/Moscow' })).toMatchObject({
      format: 'vk',
      needsChatChoice: true,
      chats: [
        { index: 0, id: String(PEER), name: 'Виктор Петров', messages: 120 },
        { index: 1, id: '777', name: 'Ольга', messages: 3 },
      ],
    });
    expectConversation(parseFiles('auto', files, { zone: 'Europe/Moscow', chatId: String(PEER) }));
    expect(parseFiles('auto', files, { zone: 'Europe/Moscow', chatId: '777' }).messages).toHaveLength(3);
  });

  it('the folder, with --chat', () => {
    expectConversation(parseFiles('auto', filesOfFolder(folder), { zone: 'Europe/Moscow', chatId: String(PEER) }));
  });

  it.each(['messages0.html', 'messages50.html', 'messages100.html'])('any page (%s) imports every page of the conversation', (page) => {
    expectConversation(parseFiles('auto', filesBeside(join(folder, 'messages', String(PEER), page)), { zone: 'Europe/Moscow' }));
  });

  it('a missing page: the rest imported, with a warning naming it', () => {
    const gappy = writeTree(join(temp, 'gappy'), conv);
    unlinkSync(join(gappy, 'messages', String(PEER), 'messages50.html'));
    const parsed = parseFiles('auto', filesOfFolder(gappy), { zone: 'UTC' });
    expect(parsed.messages).toHaveLength(70);
    expect(parsed.warnings).toEqual([expect.objectContaining({ code: 'PAGES_MISSING', message: expect.stringContaining('messages50.html') })]);
  });

  it('every month abbreviation, and "мая"', () => {
    const months = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
    const page = vkPage('X', months.map((mon, i) => ({ id: i + 1, from: 'Вы', date: `${i + 1} ${mon} 2020 в 9:05:07`, text: 'x' })));
    const parsed = parseExport('auto', 'messages0.html', page, { zone: 'UTC' });
    expect(parsed.messages.map((m) => m.wallTime)).toEqual(months.map((_, i) => `2020-${String(i + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}T09:05:07`));
  });

  it('the page is decoded as windows-1251 (a UTF-8 reading would garble every Cyrillic letter)', () => {
    const page = vkPage('X', [{ id: 1, from: 'Вы', date: '1 янв 2020 в 9:05:07', text: 'Щёлк ё Ў і' }]);
    expect(new TextDecoder().decode(page)).not.toContain('Щёлк');
    expect(parseExport('vk', 'messages0.html', page, { zone: 'UTC' }).messages[0]!.text).toBe('Щёлк ё Ў і');
  });

  it('a page of another site is IMPORT_UNRECOGNISED', () => {
    const other = cp1251('<html><head><meta charset="windows-1251"></head><body><div class="message">Привет</div></body></html>');
    expect(importErrorOf(() => parseExport('auto', 'messages0.html', other, {})).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => parseExport('vk', 'messages0.html', other, {})).code).toBe('IMPORT_UNRECOGNISED');
  });
});
