// Telegram Desktop JSON: real exports (SOURCES.md) and hand-written edge cases.
import { describe, expect, it } from 'vitest';
import { parseTelegram } from '../../../main/importers/telegram';
import { fixture, haveFixtures, importErrorOf, utf8 } from './helpers';

const json = (value: unknown) => utf8(JSON.stringify(value));
const tg = (name: string) => fixture(`telegram/${name}`);

describe.skipIf(!haveFixtures)('Telegram real exports', () => {
  it('lc_personal_chat_result.json: date_unixtime (20:11:23Z) wins over the local date (13:11:23)', () => {
    const p = parseTelegram(tg('lc_personal_chat_result.json'));
    expect(p).toMatchObject({ format: 'telegram', timesAreUtc: true, dateOrder: null, dateOrderCertain: true, warnings: [] });
    expect(p.messages).toHaveLength(4);
    expect(p.messages[0]).toMatchObject({
      platformId: '1',
      channel: 'telegram',
      sender: 'Jimmeny Marvelton',
      senderId: 'user123450513',
      sentAt: '2023-08-23T20:11:23.000Z',
      wallTime: null,
      text: 'i refuse to converse with you',
      sourceLine: 1,
      direction: 'unknown',
    });
    expect(p.messages[1]).toMatchObject({ sender: 'Batman & Robin', senderId: 'user6565661032', sentAt: '2023-08-23T20:13:20.000Z' });
    expect(p.messages[3]).toMatchObject({ platformId: '4', text: 'you will not trick me this time', sentAt: '2023-08-23T20:15:53.000Z' });
  });

  it('lc_old_format_numeric_from_id.json: no date_unixtime → wall time only; integer from_id', () => {
    const p = parseTelegram(tg('lc_old_format_numeric_from_id.json'));
    expect(p.timesAreUtc).toBe(false);
    expect(p.messages).toHaveLength(3);
    expect(p.messages[0]).toMatchObject({ platformId: '1980499', sender: 'Henry', senderId: '4325636679', wallTime: '2020-01-01T00:00:02', sentAt: null });
    expect(p.messages[2]).toMatchObject({ senderId: '4720225552', text: "You're a minute late!" });
    // The zone is the user's to give; then the wall time is converted.
    const berlin = parseTelegram(tg('lc_old_format_numeric_from_id.json'), { zone: 'Europe/Berlin' });
    expect(berlin.messages[0]).toMatchObject({ wallTime: '2020-01-01T00:00:02', sentAt: '2019-12-31T23:00:02.000Z' });
    expect(berlin.timesAreUtc).toBe(false);
  });

  it('cm_single_chat_text_entities.json: text as entity array; no ids, no name', () => {
    const p = parseTelegram(tg('cm_single_chat_text_entities.json'));
    expect(p.messages).toHaveLength(2);
    expect(p.messages[0]).toMatchObject({ platformId: null, sender: 'Author 1', senderId: null, sentAt: '2018-12-05T10:39:10.000Z', text: 'Minimal Message' });
    expect(p.messages[1]).toMatchObject({ sender: 'Author 2', text: 'Link:https://telegram.org/', sentAt: '2018-12-05T10:49:24.000Z' });
  });

  it('cm_full_account_export_chats_list.json: one chat in the list is parsed without asking', () => {
    const p = parseTelegram(tg('cm_full_account_export_chats_list.json'));
    expect(p.chats).toEqual([{ index: 0, name: 'Chatname', id: null, messages: 2 }]);
    expect(p.needsChatChoice).toBe(false);
    expect(p.messages.map((m) => m.text)).toEqual(['Minimal Message', 'Link:https://telegram.org/']);
  });

  it('lc_personal_chat_messages.html: the HTML export is not JSON', () => {
    expect(importErrorOf(() => parseTelegram(tg('lc_personal_chat_messages.html'))).code).toBe('IMPORT_MALFORMED');
  });
});

describe('Telegram shapes', () => {
  const call = (extra: object) => ({ id: 7, type: 'service', date: '2024-01-01T10:00:00', date_unixtime: '1704103200', actor: 'Max', actor_id: 'user42', action: 'phone_call', text: '', ...extra });

  it.each([
    [{ discard_reason: 'missed' }, 'missed', null],
    [{ discard_reason: 'busy' }, 'busy', null],
    [{ discard_reason: 'hangup', duration_seconds: 95 }, 'answered', 95],
    [{ discard_reason: 'hangup' }, 'hangup', null],
    [{ discard_reason: 'disconnect', duration_seconds: 3 }, 'disconnected', 3],
  ])('phone_call %j', (extra, callStatus, callSeconds) => {
    const p = parseTelegram(json({ name: 'Max', type: 'personal_chat', id: 1, messages: [call(extra)] }));
    expect(p.messages[0]).toMatchObject({ isCall: true, isSystem: false, callStatus, callSeconds, sender: 'Max', senderId: 'user42', platformId: '7', sentAt: '2024-01-01T10:00:00.000Z' });
  });

  it('other service messages are system lines that name their action; media is flagged', () => {
    const p = parseTelegram(
      json({
        messages: [
          { id: 1, type: 'service', date_unixtime: 1704103200, actor: 'Max', actor_id: 'user42', action: 'create_group', text: '' },
          { id: 2, type: 'message', date_unixtime: '1704103260', from: 'Max', from_id: 'user42', photo: 'photos/photo_1.jpg', text: '' },
          { id: 3, type: 'message', date_unixtime: '1704103320', from: null, from_id: 'user99', text: ['plain ', { type: 'bold', text: 'Ты где?' }, { type: 'text_link', text: 'здесь', href: 'https://example.org' }] },
        ],
      }),
    );
    expect(p.messages[0]).toMatchObject({ isSystem: true, text: '[create_group]', sender: 'Max' });
    expect(p.messages[1]).toMatchObject({ media: true, text: '' });
    // A deleted account exports from: null; the id stands in for the name.
    expect(p.messages[2]).toMatchObject({ sender: 'user99', text: 'plain Ты где?здесь' });
  });

  const account = {
    personal_information: { user_id: 42, first_name: 'Anna' },
    chats: {
      list: [
        { name: 'Max', type: 'personal_chat', id: 100, messages: [{ id: 1, type: 'message', date_unixtime: '1704103200', from: 'Max', from_id: 'user100', text: 'a' }] },
        { name: 'Work', type: 'private_group', id: 200, messages: [] },
        { name: null, type: 'saved_messages', id: 300, messages: [{ id: 9, type: 'message', date_unixtime: '1704103200', from: 'Anna', from_id: 'user42', text: 'b' }] },
      ],
    },
  };

  it('a whole-account export with several chats asks which one', () => {
    const p = parseTelegram(json(account));
    expect(p).toMatchObject({ needsChatChoice: true, messages: [] });
    expect(p.chats).toEqual([
      { index: 0, name: 'Max', id: '100', messages: 1 },
      { index: 1, name: 'Work', id: '200', messages: 0 },
      { index: 2, name: '', id: '300', messages: 1 },
    ]);
  });

  it('chatIndex picks a chat; the account owner makes directions known', () => {
    expect(parseTelegram(json(account), { chatIndex: 0 }).messages[0]).toMatchObject({ direction: 'incoming', sender: 'Max' });
    expect(parseTelegram(json(account), { chatIndex: 2 }).messages[0]).toMatchObject({ direction: 'outgoing', sender: 'Anna' });
    expect(importErrorOf(() => parseTelegram(json(account), { chatIndex: 3 })).code).toBe('INVALID_INPUT');
  });

  it('a message of an unexpected shape is skipped with a warning naming its record', () => {
    const p = parseTelegram(json({ messages: [{ id: 1, type: 'message', date_unixtime: '1704103200', text: 'ok' }, { id: 2, text: 42 }, 'junk'] }));
    expect(p.messages).toHaveLength(1);
    expect(p.warnings.map((w) => [w.code, w.line])).toEqual([['MESSAGE_SKIPPED', 2], ['MESSAGE_SKIPPED', 3]]);
  });

  it('malformed JSON is IMPORT_MALFORMED; other JSON is IMPORT_UNRECOGNISED', () => {
    expect(importErrorOf(() => parseTelegram(utf8('{"messages": [')))).toMatchObject({ code: 'IMPORT_MALFORMED' });
    expect(importErrorOf(() => parseTelegram(json({ hello: 'world' })))).toMatchObject({ code: 'IMPORT_UNRECOGNISED' });
    expect(importErrorOf(() => parseTelegram(json([1, 2, 3])))).toMatchObject({ code: 'IMPORT_UNRECOGNISED' });
    expect(importErrorOf(() => parseTelegram(utf8('null')))).toMatchObject({ code: 'IMPORT_UNRECOGNISED' });
  });

  it('a UTF-8 BOM before the JSON is fine', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...json({ messages: [] })]);
    expect(parseTelegram(bytes).messages).toEqual([]);
  });
});
