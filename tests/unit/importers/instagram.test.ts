// Instagram / Facebook Messenger JSON from "Download your information": the mojibake repaired in
// names and texts, reactions and shared links kept as text, instants from timestamp_ms.
import { describe, expect, it } from 'vitest';
import { filesOfBytes, parseExport, parseFiles } from '../../../main/importers/index';
import { repairMojibake } from '../../../main/importers/mojibake';
import { previewOf } from '../../../main/importers/prepare';
import { importErrorOf, utf8 } from './helpers';
import { instagramThread, metaJson, zipTree } from './synthetic';

const T0 = Date.UTC(2023, 2, 23, 11, 1, 2); // 2023-03-23T11:01:02Z

function thread(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    sender_name: i % 2 === 0 ? 'Виктор' : 'Анна Ш',
    timestamp_ms: T0 + i * 60_000,
    content: `Ты где? ${i} — ответь`,
    ...(i === 1 ? { reactions: [{ reaction: '❤', actor: 'Виктор' }] } : {}),
    ...(i === 2 ? { share: { link: 'https://www.instagram.com/p/abc/', share_text: 'Смотри' } } : {}),
    ...(i === 4 ? { photos: [{ uri: 'your_instagram_activity/messages/inbox/viktor_1/photos/1.jpg' }] } : {}),
  }));
}

describe('Instagram / Facebook JSON', () => {
  it('repairs the \\u00XX mojibake and leaves real text alone', () => {
    const garbled = JSON.parse(metaJson({ s: 'Привет, Вiктар ў ї ❤' })).s as string;
    expect(garbled).not.toBe('Привет, Вiктар ў ї ❤');
    expect(repairMojibake(garbled)).toBe('Привет, Вiктар ў ї ❤');
    expect(repairMojibake('Привет')).toBe('Привет');
    expect(repairMojibake('café')).toBe('café'); // Latin-1 that is not valid UTF-8 stays
  });

  it('one message_1.json: senders, roles, instants, reactions and shared links as text', () => {
    const tree = instagramThread('viktor_1', 'Виктор', thread(5), 100);
    const parsed = parseExport('auto', 'message_1.json', utf8(tree['viktor_1/message_1.json'] as string), { zone: 'Europe/Minsk' });
    expect(parsed.format).toBe('instagram');
    const preview = previewOf(parsed, 'Europe/Minsk', { abuserSenders: ['Виктор'], meSenders: ['Анна Ш'] });
    expect(preview.senders).toEqual([{ name: 'Виктор', count: 3 }, { name: 'Анна Ш', count: 2 }]);
    expect(preview).toMatchObject({ messages: 5, timesAreUtc: true, first: '2023-03-23T11:01:02.000Z', last: '2023-03-23T11:05:02.000Z', countsByRole: { abuser: 3, me: 2, other: 0 } });
    expect(preview.roles).toEqual({ Виктор: 'abuser', 'Анна Ш': 'me' });
    const [m0, m1, m2, , m4] = parsed.messages;
    expect(m0!.text).toBe('Ты где? 0 — ответь');
    expect(m1!.text).toBe('Ты где? 1 — ответь\n[reactions: ❤ Виктор]');
    expect(m2!.text).toBe('Ты где? 2 — ответь\n[shared: Смотри https://www.instagram.com/p/abc/]');
    expect(m4).toMatchObject({ media: true });
    expect(m4!.text).toContain('photos/1.jpg');
  });

  it('a thread folder of several message_N.json reads them all, oldest first', () => {
    const tree = instagramThread('messages/inbox/viktor_1', 'Виктор', thread(25), 10);
    expect(Object.keys(tree)).toHaveLength(3);
    const parsed = parseExport('auto', 'download.zip', zipTree(tree), { zone: 'UTC' });
    expect(parsed.messages).toHaveLength(25);
    expect(parsed.messages.map((m) => m.text.split('\n')[0])).toEqual(Array.from({ length: 25 }, (_, i) => `Ты где? ${i} — ответь`));
  });

  it('the whole download lists its threads; --chat THREAD chooses one', () => {
    const tree = { ...instagramThread('your_instagram_activity/messages/inbox/viktor_1', 'Виктор', thread(6), 4), ...instagramThread('your_instagram_activity/messages/inbox/olga_2', 'Ольга', thread(3), 10) };
    const files = filesOfBytes('instagram-download.zip', zipTree(tree));
    expect(parseFiles('auto', files, { zone: 'UTC' })).toMatchObject({
      needsChatChoice: true,
      chats: [
        { index: 0, id: 'olga_2', name: 'Ольга', messages: 3 },
        { index: 1, id: 'viktor_1', name: 'Виктор', messages: 6 },
      ],
    });
    expect(parseFiles('auto', files, { zone: 'UTC', chatId: 'viktor_1' }).messages).toHaveLength(6);
    expect(importErrorOf(() => parseFiles('auto', files, { zone: 'UTC', chatId: 'nobody_3' })).code).toBe('INVALID_INPUT');
  });

  it('a JSON file of another shape is IMPORT_UNRECOGNISED; a broken one IMPORT_MALFORMED', () => {
    expect(importErrorOf(() => parseExport('instagram', 'message_1.json', utf8('{"participants": 1, "messages": 2}'))).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => parseExport('instagram', 'message_1.json', utf8('{"participants": [], "messages": [{"sender_name"'))).code).toBe('IMPORT_MALFORMED');
  });
});
