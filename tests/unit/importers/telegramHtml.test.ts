// Telegram Desktop's default HTML export: the real one-page sample, and synthetic multi-page
// exports read as a folder, a zip, and from any one page.
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesBeside, filesOfBytes, filesOfFolder, parseExport } from '../../../main/importers/index';
import { parseFiles } from '../../../main/importers/index';
import { previewOf } from '../../../main/importers/prepare';
import { fixture, haveFixtures, importErrorOf, utf8 } from './helpers';
import { telegramExport, telegramPage, writeTree, zipTree } from './synthetic';

const temp = mkdtempSync(join(tmpdir(), 'dossier-tghtml-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.skipIf(!haveFixtures)('the real export of a Telegram HTML chat', () => {
  it('reads senders, the joined message, the service line and exact instants from the title offset', () => {
    const parsed = parseExport('auto', 'messages.html', fixture('telegram/lc_personal_chat_messages.html'), { zone: 'Europe/Minsk' });
    expect(parsed.format).toBe('telegram-html');
    const preview = previewOf(parsed, 'Europe/Minsk', { abuserSenders: ['Jimmeny Marvelton'], meSenders: ['Batman & Robin'] });
    expect(preview.senders).toEqual([
      { name: 'Jimmeny Marvelton', count: 3 },
      { name: 'Batman & Robin', count: 1 },
    ]);
    expect(preview).toMatchObject({ messages: 4, system: 1, timesAreUtc: true, first: '2023-08-23T21:11:23.000Z', last: '2023-08-23T21:15:53.000Z' });
    expect(preview.roles).toEqual({ 'Jimmeny Marvelton': 'abuser', 'Batman & Robin': 'me' });
    expect(preview.countsByRole).toEqual({ abuser: 3, me: 1, other: 0 });
    const joined = parsed.messages.find((m) => m.platformId === '4')!;
    expect(joined).toMatchObject({ sender: 'Jimmeny Marvelton', text: 'you will not trick me this time', sentAt: '2023-08-23T21:15:53.000Z' });
    expect(parsed.messages[0]).toMatchObject({ isSystem: true, text: '23 August 2023' });
  });
});

describe('synthetic multi-page Telegram HTML exports', () => {
  const { tree, total } = telegramExport(3, 40);
  const folder = writeTree(join(temp, 'ChatExport_2022-03-23'), tree);

  function expectWholeChat(parsed: ReturnType<typeof parseFiles>): void {
    const real = parsed.messages.filter((m) => !m.isSystem);
    expect(parsed.format).toBe('telegram-html');
    expect(real).toHaveLength(total);
    expect(real.map((m) => m.platformId)).toEqual(Array.from({ length: total }, (_, i) => String(i + 1)));
    expect(real[0]).toMatchObject({ sender: 'Виктор', sentAt: '2022-03-23T11:00:00.000Z', text: 'Сообщение 0\nвторая строка' });
    expect(real[total - 1]!.sentAt).toBe('2022-03-23T12:59:00.000Z');
    // Runs of three: the 2nd and 3rd are "joined" and belong to the run's sender, across page breaks too.
    real.forEach((m, n) => expect(m.sender).toBe(Math.floor(n / 3) % 2 === 0 ? 'Виктор' : 'Анна'));
    expect(real[40]!.sender).toBe(Math.floor(40 / 3) % 2 === 0 ? 'Виктор' : 'Анна'); // first of page 2 is joined
    const preview = previewOf(parsed, 'UTC');
    expect(preview.senders.reduce((n, s) => n + s.count, 0)).toBe(total);
    expect(parsed.warnings).toEqual([]);
  }

  it('the export folder imports every page, in order', () => {
    expectWholeChat(parseFiles('auto', filesOfFolder(folder), { zone: 'UTC' }));
  });

  it('its zip imports every page, in order', () => {
    expectWholeChat(parseExport('auto', 'ChatExport.zip', zipTree(tree), { zone: 'UTC' }));
  });

  it.each(['messages.html', 'messages2.html', 'messages3.html'])('pointing at %s imports every page of the chat', (page) => {
    expectWholeChat(parseFiles('auto', filesBeside(join(folder, page)), { zone: 'UTC' }));
  });

  it('a missing page: the others are imported, with a warning naming it', () => {
    const gappy = writeTree(join(temp, 'gappy'), tree);
    unlinkSync(join(gappy, 'messages2.html'));
    const parsed = parseFiles('auto', filesOfFolder(gappy), { zone: 'UTC' });
    const real = parsed.messages.filter((m) => !m.isSystem);
    expect(real).toHaveLength(80);
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'PAGES_MISSING', message: expect.stringContaining('messages2.html') }));
    expect(parsed.missingPages).toEqual(['messages2.html']);
    // Page 3 opens with a joined message (n = 80 continues the run begun at 78 on the lost page):
    // it is not given to whoever wrote last on page 1, but imported without a sender, and said so.
    expect(real[39]).toMatchObject({ platformId: '40', sender: Math.floor(39 / 3) % 2 === 0 ? 'Виктор' : 'Анна' });
    expect(real[40]).toMatchObject({ platformId: '81', sender: '' });
    expect(real[41]).toMatchObject({ platformId: '82', sender: Math.floor(81 / 3) % 2 === 0 ? 'Виктор' : 'Анна' });
    expect(parsed.warnings.map((w) => w.code)).toContain('SENDER_UNKNOWN');
  });

  it('a last page named by the link but absent is named too (one page alone)', () => {
    const parsed = parseExport('auto', 'messages.html', utf8(tree['messages.html'] as string), { zone: 'UTC' });
    expect(parsed.warnings.map((w) => w.message).join(' ')).toContain('messages2.html');
  });

  it('a title without an offset (older exports) is wall time in the zone she names', () => {
    const page = telegramPage('X', [{ id: 1, from: 'Виктор', title: '23.03.2022 14:01:02', text: 'а' }]);
    const parsed = parseExport('auto', 'messages.html', utf8(page), { zone: 'Europe/Minsk' });
    expect(parsed.timesAreUtc).toBe(false);
    expect(parsed.messages[0]).toMatchObject({ wallTime: '2022-03-23T14:01:02', sentAt: '2022-03-23T11:01:02.000Z' });
  });

  it('a forwarded message keeps its text under its author; a photo is named in the text', () => {
    const page = telegramPage('X', [
      { id: 1, from: 'Виктор', title: '23.03.2022 14:01:02 UTC+03:00', text: 'смотри', forwardedFrom: 'Канал' },
      { id: 2, title: '23.03.2022 14:02:02 UTC+03:00', photo: 'photos/photo_1@23-03-2022_14-02-02.jpg' },
    ]);
    const [fwd, photo] = parseExport('telegram-html', 'messages.html', utf8(page), { zone: 'UTC' }).messages;
    expect(fwd).toMatchObject({ sender: 'Виктор', text: '[forwarded from Канал]\nсмотри' });
    expect(photo).toMatchObject({ sender: 'Виктор', media: true });
    expect(photo!.text).toContain('photos/photo_1@23-03-2022_14-02-02.jpg');
  });

  it('a whole-account HTML export lists its chats, and one is chosen by index or folder', () => {
    const a = telegramExport(1, 5, 'chats/chat_001/').tree;
    const b = telegramExport(2, 5, 'chats/chat_002/').tree;
    const files = filesOfBytes('export.zip', zipTree({ ...a, ...b }));
    const listing = parseFiles('auto', files, { zone: 'UTC' });
    expect(listing).toMatchObject({ needsChatChoice: true, chats: [{ index: 0, id: 'chats/chat_001', messages: 5 }, { index: 1, id: 'chats/chat_002', messages: 10 }] });
    expect(parseFiles('auto', files, { zone: 'UTC', chatIndex: 1 }).messages.filter((m) => !m.isSystem)).toHaveLength(10);
    expect(parseFiles('auto', files, { zone: 'UTC', chatId: 'chats/chat_001' }).messages.filter((m) => !m.isSystem)).toHaveLength(5);
  });

  it('a random web page is IMPORT_UNRECOGNISED', () => {
    const page = utf8('<!DOCTYPE html><html><body><div class="message">hello</div><p>news</p></body></html>');
    expect(importErrorOf(() => parseExport('auto', 'page.html', page, {})).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => parseExport('telegram-html', 'page.html', page, {})).code).toBe('IMPORT_UNRECOGNISED');
  });
});
