// The WhatsApp parser against real exports published by others (see ../shared/fixtures/messages/SOURCES.md).
// Every expected value below was read off the fixture file by hand.
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { parseWhatsApp, requireDateOrder } from '../../../main/importers/whatsapp';
import { fixture, haveFixtures, importErrorOf } from './helpers';

const wa = (name: string) => fixture(`whatsapp/${name}`);

describe.skipIf(!haveFixtures)('WhatsApp real exports', () => {
  it('cm_android_ddmmyy_24h.txt: day-first proven by 20/01/19, authors, "John Doe:." and system lines', () => {
    const p = parseWhatsApp(wa('cm_android_ddmmyy_24h.txt'));
    expect(p).toMatchObject({ format: 'whatsapp', dateOrder: 'dmy', dateOrderCertain: true, timesAreUtc: false, warnings: [] });
    expect(p.messages).toHaveLength(9);
    expect(p.messages[0]).toMatchObject({ sender: 'John Doe', wallTime: '2019-01-01T11:25:00', sentAt: null, text: 'Lorem ipsum dolor sit amet.', sourceLine: 1 });
    // "20/01/19, 11:23 - John Doe:." has no space after the colon; the author is known from other lines.
    expect(p.messages[1]).toMatchObject({ sender: 'John Doe', text: '.', wallTime: '2019-01-20T11:23:00', isSystem: false });
    expect(p.messages[2]?.text).toBe('Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero.');
    expect(p.messages[3]).toMatchObject({ sender: 'John-John Doe', text: 'Lorem ipsum : dolor sit amet.', sourceLine: 5 });
    expect(p.messages[4]).toMatchObject({ isSystem: true, sender: '', text: '+12 345 578 created group "Groupname"', wallTime: '2020-06-20T00:08:00' });
    expect(p.messages[5]).toMatchObject({ isSystem: true, text: 'You were added' });
    expect(p.messages[7]).toMatchObject({ sender: '🤓', text: 'Lorem ipsum 🤓' });
    // No trailing newline in this file: the last multi-line message is still complete.
    expect(p.messages[8]).toMatchObject({ sender: 'John Doe', wallTime: '2021-12-30T22:01:00', sourceLine: 10 });
    expect(p.messages[8]?.text).toBe('Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero.');
    expect(p.messages[0]?.rawHeader).toBe('01/01/19, 11:25 - John Doe:');
  });

  it('cm_android_mmddyyyy_12h_es_ampm.txt: Spanish "p. m." → 20:49, "00:08 a. m." stays midnight', () => {
    const p = parseWhatsApp(wa('cm_android_mmddyyyy_12h_es_ampm.txt'), { zone: 'America/Mexico_City' });
    expect(p).toMatchObject({ dateOrder: 'mdy', dateOrderCertain: true });
    expect(p.messages).toHaveLength(9);
    expect(p.messages[2]).toMatchObject({ sender: 'Jahn Doe', wallTime: '2019-01-30T20:49:00', rawHeader: '01/30/2019, 08:49 p. m. - Jahn Doe:' });
    // Mexico City was UTC-6 in January 2019.
    expect(p.messages[2]?.sentAt).toBe('2019-01-31T02:49:00.000Z');
    expect(p.messages[3]?.wallTime).toBe('2020-06-10T15:55:00');
    expect(p.messages[4]?.wallTime).toBe('2020-06-20T00:08:00');
    expect(p.messages[7]?.wallTime).toBe('2021-12-20T12:10:00'); // 12:10 p. m. is ten past noon
    expect(p.messages[8]?.wallTime).toBe('2021-12-30T22:01:00');
  });

  it('the same chat in four header styles gives the same messages', () => {
    const files = ['cm_android_ddmmyy_24h.txt', 'cm_android_mmddyyyy_12h_es_ampm.txt', 'cm_android_yyyymmdd_24h.txt', 'cm_ios_bracket_mmddyy_24h.txt'];
    const [first, ...rest] = files.map((f) => parseWhatsApp(wa(f)).messages.map(({ sender, wallTime, text, isSystem }) => ({ sender, wallTime, text, isSystem })));
    for (const other of rest) expect(other).toEqual(first);
  });

  it('cm_android_yyyymmdd_24h.txt: year first is "ymd" and needs no guess', () => {
    const p = parseWhatsApp(wa('cm_android_yyyymmdd_24h.txt'));
    expect(p).toMatchObject({ dateOrder: 'ymd', dateOrderCertain: true });
    expect(p.messages[1]?.wallTime).toBe('2019-01-20T11:23:00');
  });

  it('cm_ios_bracket_mmddyy_24h.txt: brackets, no comma, no seconds', () => {
    const p = parseWhatsApp(wa('cm_ios_bracket_mmddyy_24h.txt'));
    expect(p).toMatchObject({ dateOrder: 'mdy', dateOrderCertain: true });
    expect(p.messages[1]).toMatchObject({ rawHeader: '[01/20/19 11:23] John Doe:', wallTime: '2019-01-20T11:23:00' });
    expect(p.messages[4]).toMatchObject({ isSystem: true, rawHeader: '[06/20/20 00:08]' });
  });

  it('lc_ios_en_12h_lrm.txt: the E2E notice under the contact name is a system line; LRM is gone; media', () => {
    const p = parseWhatsApp(wa('lc_ios_en_12h_lrm.txt'));
    expect(p.messages).toHaveLength(12);
    expect(p.messages[0]).toMatchObject({ isSystem: true, sender: '', wallTime: '2023-08-15T09:12:33' });
    expect(p.messages[0]?.text.startsWith('Messages and calls are end-to-end encrypted.')).toBe(true);
    // Dr. Feather is the chat name AND a participant: their real messages stay theirs.
    expect(p.messages[1]).toMatchObject({ sender: 'Dr. Feather', isSystem: false });
    const media = p.messages.filter((m) => m.media);
    expect(media.map((m) => m.sourceLine)).toEqual([3, 5, 8]);
    expect(media.every((m) => m.text === 'image omitted' && m.sender === 'Dr. Feather' && !m.isSystem)).toBe(true);
    expect(p.messages[11]).toMatchObject({ sender: 'Jungle Jane', wallTime: '2023-08-15T21:25:16' }); // 9:25:16 PM
    expect(p.messages.some((m) => /[\u200E\u200F]/.test(m.text + m.sender))).toBe(false);
  });

  it('lc_mixed_formats_nnbsp.txt: U+202F before PM, year-first iOS, "~ " names, malformed 3:22_AM', () => {
    const p = parseWhatsApp(wa('lc_mixed_formats_nnbsp.txt'));
    expect(p.messages).toHaveLength(9);
    expect(p).toMatchObject({ dateOrder: 'mdy', dateOrderCertain: true });
    expect(p.warnings).toEqual([expect.objectContaining({ code: 'MALFORMED_HEADER', line: 4 })]);
    // The malformed line is kept, as text, in the message before it.
    expect(p.messages[2]).toMatchObject({ sender: 'User 2', wallTime: '2023-01-23T03:19:00' });
    expect(p.messages[2]?.text).toBe('Bye!\n1/23/23, 3:22_AM - User 1: And let me know if anything changes');
    expect(p.messages[0]).toMatchObject({ sender: 'James', wallTime: '2023-05-05T15:48:11' });
    expect(p.messages[1]?.wallTime).toBe('2021-11-08T09:41:32');
    expect(p.messages[3]).toMatchObject({ sender: '~ User name 2', wallTime: '2021-01-24T12:41:03' });
    expect(p.messages[4]).toMatchObject({ sender: '~ User 2', wallTime: '2023-05-04T16:13:23' });
    expect(p.messages[5]).toMatchObject({ wallTime: '2022-07-19T23:32:00', rawHeader: '7/19/22, 11:32 PM - User 1:' });
    expect(p.messages[6]?.wallTime).toBe('2022-07-20T11:32:00');
    expect(p.messages[7]).toMatchObject({ media: true, text: '<Media omitted>' });
    expect(p.messages[8]).toMatchObject({ deleted: true, wallTime: '2023-06-29T00:16:00' }); // 12:16 am
  });

  it('pustur_android_ddmmyyyy_24h_short.txt: no field over 12, so the order comes from chronology', () => {
    const p = parseWhatsApp(wa('pustur_android_ddmmyyyy_24h_short.txt'));
    expect(p.messages).toHaveLength(5);
    // 06/03 → 08/05 → 09/04 only goes forward month-first (Jun 3, Aug 5, Sep 4).
    expect(p).toMatchObject({ dateOrder: 'mdy', dateOrderCertain: true });
    expect(p.warnings.map((w) => w.code)).toEqual(['DATE_ORDER_INFERRED']);
    expect(p.messages.filter((m) => m.isSystem)).toHaveLength(2);
    expect(p.messages[4]).toMatchObject({ sender: '+410123456789', text: 'How are you?\n\nIs everything alright?' });
    const dayFirst = parseWhatsApp(wa('pustur_android_ddmmyyyy_24h_short.txt'), { dateOrder: 'dmy' });
    expect(dayFirst).toMatchObject({ dateOrder: 'dmy', dateOrderCertain: true });
    expect(dayFirst.messages[3]?.wallTime).toBe('2017-05-08T01:48:00');
    expect(requireDateOrder(dayFirst)).toBe(dayFirst);
  });

  it('pustur_ios_dotted_with_media__chat.txt: attachments, a poll block, mixed CRLF and LF', () => {
    const p = parseWhatsApp(wa('pustur_ios_dotted_with_media__chat.txt'));
    expect(p.messages).toHaveLength(52);
    expect(p).toMatchObject({ dateOrder: 'dmy', dateOrderCertain: true, warnings: [] });
    expect(p.messages.slice(0, 4).every((m) => m.isSystem && m.sender === '')).toBe(true);
    expect(p.messages[1]?.text).toBe('Loris created group “WhatsApp Chat Parser Example”');
    const media = p.messages.filter((m) => m.media);
    expect(media).toHaveLength(4);
    expect(media[0]).toMatchObject({ sender: 'Loris', text: '<attached: 00000001-PHOTO-2019-06-20-16-00-15.jpg>', rawHeader: '[20.06.19, 16:00:15] Loris:' });
    const poll = p.messages.find((m) => m.text.startsWith('POLL:'));
    expect(poll?.text.split('\n')).toHaveLength(7);
    expect(poll?.sourceLine).toBe(48);
    expect(p.messages.some((m) => m.text.includes('\r'))).toBe(false);
    const last = p.messages[51];
    expect(last).toMatchObject({ sender: 'Loris', wallTime: '2019-06-20T16:45:28' });
    expect(last?.text).toBe('Links:\n- https://github.com/Pustur/whatsapp-chat-parser\n- https://github.com/Pustur/whatsapp-chat-parser-website');
  });

  it('pustur_ios_dotted_lrm_crlf_old__chat.txt: 106 CRLF lines → 100 messages, LRM stripped from the notice', () => {
    const p = parseWhatsApp(wa('pustur_ios_dotted_lrm_crlf_old__chat.txt'));
    expect(p.messages).toHaveLength(100);
    expect(p.messages[0]).toMatchObject({ isSystem: true, text: 'Messages to this group are now secured with end-to-end encryption.' });
    expect(p.messages[2]).toMatchObject({ isSystem: true, text: 'Loris added you' });
    expect(p.messages[99]).toMatchObject({ sender: 'Loris', wallTime: '2019-06-20T19:54:58', sourceLine: 104 });
    expect(new Set(p.messages.filter((m) => !m.isSystem).map((m) => m.sender))).toEqual(new Set(['Loris', 'John', 'Emily']));
  });

  it('reads the same real chat from inside an export zip (built in memory, not stored)', () => {
    const zip = zipSync({ '_chat.txt': wa('pustur_ios_dotted_with_media__chat.txt'), '00000001-PHOTO-2019-06-20-16-00-15.jpg': new Uint8Array([0xff, 0xd8, 0xff]) });
    const p = parseWhatsApp(zip);
    expect(p.messages).toHaveLength(52);
  });

  it('an ambiguous real file can be previewed, and only requireDateOrder refuses it', () => {
    // Only the first three lines of pustur_android…: all 06/03/2017, so both orders read the same times…
    const text = new TextDecoder().decode(wa('pustur_android_ddmmyyyy_24h_short.txt')).split('\n').slice(0, 3).join('\n');
    const p = parseWhatsApp(new TextEncoder().encode(text));
    // …which is ambiguous (06 ≠ 03) and has no chronology to go on.
    expect(p).toMatchObject({ dateOrderCertain: false, dateOrder: 'dmy' });
    expect(importErrorOf(() => requireDateOrder(p)).code).toBe('IMPORT_AMBIGUOUS_DATE_ORDER');
  });
});
