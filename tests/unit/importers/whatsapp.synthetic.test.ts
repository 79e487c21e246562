// WhatsApp parser on hand-written exports: every header style, localised markers, calendars,
// digits, bidi marks, line endings, date-order inference, zones and the zip container.
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { parseWhatsApp, requireDateOrder } from '../../../main/importers/whatsapp';
import { importErrorOf, utf8 } from './helpers';

const parse = (text: string, options = {}) => parseWhatsApp(utf8(text), options);
const one = (line: string) => {
  const p = parse(line);
  expect(p.messages).toHaveLength(1);
  return { ...p.messages[0]!, dateOrder: p.dateOrder };
};

describe('WhatsApp header styles', () => {
  it.each([
    ['DD/MM/YYYY, HH:MM - ', '20/01/2019, 11:23 - Anna: hi', '2019-01-20T11:23:00', 'dmy'],
    ['MM/DD/YY, h:mm PM - ', '01/20/19, 3:22 PM - Anna: hi', '2019-01-20T15:22:00', 'mdy'],
    ['[DD.MM.YY, HH:MM:SS] ', '[20.01.19, 11:23:45] Anna: hi', '2019-01-20T11:23:45', 'dmy'],
    ['dashes as date separator', '20-01-2019 11:23 - Anna: hi', '2019-01-20T11:23:00', 'dmy'],
    ['year first, Android', '2019/01/20, 11:23 - Anna: hi', '2019-01-20T11:23:00', 'ymd'],
    ['year first, iOS', '[2023/5/4, 16:13:23] Anna: hi', '2023-05-04T16:13:23', 'ymd'],
    ['no comma, brackets', '[01/20/19 11:23] Anna: hi', '2019-01-20T11:23:00', 'mdy'],
    ['lower-case am', '1/20/19, 12:05 am - Anna: hi', '2019-01-20T00:05:00', 'mdy'],
    ['a.m.', '1/20/19, 9:05 a.m. - Anna: hi', '2019-01-20T09:05:00', 'mdy'],
    ['Spanish a. m.', '20/01/2019, 9:05 a. m. - Anna: hi', '2019-01-20T09:05:00', 'dmy'],
    ['Spanish p. m.', '20/01/2019, 12:05 p. m. - Anna: hi', '2019-01-20T12:05:00', 'dmy'],
    ['U+202F before PM', '1/20/19, 11:32\u202FPM - Anna: hi', '2019-01-20T23:32:00', 'mdy'],
    ['U+00A0 in a. m.', '20/01/2019, 9:05\u00A0a.\u00A0m. - Anna: hi', '2019-01-20T09:05:00', 'dmy'],
    ['Japanese 午後 before the time', '2019/01/20 午後3:22 - Anna: hi', '2019-01-20T15:22:00', 'ymd'],
    ['Korean 오전 before the time, dotted date', '2019. 1. 20. 오전 9:22 - Anna: hi', '2019-01-20T09:22:00', 'ymd'],
    ['Chinese 下午', '2019/1/20 下午3:22 - Anna: hi', '2019-01-20T15:22:00', 'ymd'],
    ['Bulgarian г. and ч.', '20.01.19 г., 11:23 ч. - Anna: hi', '2019-01-20T11:23:00', 'dmy'],
    ['Finnish klo and H.MM', '20.1.2019 klo 11.23 - Anna: hi', '2019-01-20T11:23:00', 'dmy'],
    ['Buddhist-era 4-digit year', '20/01/2562, 11:23 - Anna: hi', '2019-01-20T11:23:00', 'dmy'],
    ['Buddhist-era 2-digit year', '[20/1/62 11:23:00] Anna: hi', '2019-01-20T11:23:00', 'dmy'],
  ])('%s', (_style, line, wallTime, dateOrder) => {
    expect(one(line)).toMatchObject({ wallTime, dateOrder, sender: 'Anna', text: 'hi' });
  });

  it('Arabic: Arabic-Indic digits, RLM after each field, ص/م markers; the body keeps its own digits', () => {
    const rlm = '\u200F';
    const line = `٢٠${rlm}/١${rlm}/٢٠١٩ ٣:٢٢ م - ${rlm}أحمد: أين أنت؟ ٣ مرات`;
    expect(one(line)).toMatchObject({ wallTime: '2019-01-20T15:22:00', sender: 'أحمد', text: 'أين أنت؟ ٣ مرات' });
    expect(one(`٢٠/١/٢٠١٩ ٩:٠٥ ص - أحمد: مرحبا`).wallTime).toBe('2019-01-20T09:05:00');
  });

  it('Persian (Eastern Arabic-Indic) digits', () => {
    expect(one('۲۰/۱/۲۰۱۹، ۱۱:۲۳ - Sara: salam').wallTime).toBe('2019-01-20T11:23:00');
  });

  it('LRM/RLE/isolates around the header are ignored; a BOM at the start is ignored', () => {
    const p = parse('\uFEFF\u200E[20.01.19, 11:23:45] \u2068Anna\u2069: hi\u200F');
    expect(p.messages[0]).toMatchObject({ sender: 'Anna', text: 'hi', wallTime: '2019-01-20T11:23:45' });
  });

  it('12 AM is midnight and 12 PM is noon', () => {
    const p = parse('1/20/19, 12:00 AM - A: x\n1/20/19, 12:00 PM - A: y\n1/20/19, 11:59 PM - A: z');
    expect(p.messages.map((m) => m.wallTime)).toEqual(['2019-01-20T00:00:00', '2019-01-20T12:00:00', '2019-01-20T23:59:00']);
  });

  it('a header with an impossible hour for its marker, or a lookalike, is text plus a warning', () => {
    const p = parse('20/01/2019, 11:23 - Anna: first\n20/01/2019, 13:23 PM - Anna: second\n20/01/2019, 3:22_AM - Anna: third');
    expect(p.messages).toHaveLength(1);
    expect(p.messages[0]?.text).toBe('first\n20/01/2019, 13:23 PM - Anna: second\n20/01/2019, 3:22_AM - Anna: third');
    expect(p.warnings.map((w) => [w.code, w.line])).toEqual([['MALFORMED_HEADER', 2], ['MALFORMED_HEADER', 3]]);
  });
});

describe('WhatsApp lines and bodies', () => {
  it('CRLF, bare CR and LF mixed in one file; multi-line messages keep their inner empty lines', () => {
    const p = parse('20/01/2019, 11:23 - Anna: one\r\ntwo\r\rfour\n21/01/2019, 08:00 - Max: next\r\n');
    expect(p.messages.map((m) => m.text)).toEqual(['one\ntwo\n\nfour', 'next']);
    expect(p.messages[1]?.sourceLine).toBe(5);
  });

  it('lines before the first header: a warning with the line number, not a crash', () => {
    const p = parse('Chat history with Max\nexported by hand\n\n20/01/2019, 11:23 - Anna: hi');
    expect(p.messages).toHaveLength(1);
    expect(p.warnings).toEqual([expect.objectContaining({ code: 'TEXT_BEFORE_FIRST_MESSAGE', line: 1 })]);
    expect(p.warnings[0]?.message).not.toContain('Chat history');
  });

  it('a file with no header at all is not a WhatsApp export', () => {
    expect(importErrorOf(() => parse('hello\nworld')).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => parse('')).code).toBe('IMPORT_UNRECOGNISED');
  });

  it('Russian text, authors and system lines', () => {
    const p = parse(
      '20.01.2019, 11:23 - Сообщения и звонки защищены сквозным шифрованием.\n' +
        '20.01.2019, 11:24 - Максим: Ты где? Отвечай!\nЯ жду у подъезда.\n' +
        '20.01.2019, 11:25 - Максим: <Без медиафайлов>\n' +
        '20.01.2019, 11:26 - Максим: Это сообщение удалено\n',
    );
    expect(p.messages[0]).toMatchObject({ isSystem: true, sender: '' });
    expect(p.messages[1]).toMatchObject({ sender: 'Максим', text: 'Ты где? Отвечай!\nЯ жду у подъезда.' });
    expect(p.messages[2]).toMatchObject({ media: true, text: '<Без медиафайлов>' });
    expect(p.messages[3]).toMatchObject({ deleted: true });
  });

  it.each([
    '<Media omitted>',
    '<Без медиафайлов>',
    '<Медиа отсутствуют>',
    'image omitted',
    'video omitted',
    'audio omitted',
    'sticker omitted',
    'GIF omitted',
    'Report.pdf • 3 pages \u200Edocument omitted',
    '\u200E<attached: 00000001-PHOTO-2019-06-20-16-00-15.jpg>',
    'IMG-20190120-WA0001.jpg (file attached)',
    '<Medien ausgeschlossen>',
    '<Multimedia omitido>',
  ])('media marker %s', (body) => {
    const m = one(`[20.01.19, 11:23:45] Anna: ${body}`);
    expect(m).toMatchObject({ media: true, deleted: false });
    expect(m.text).toBe(body.replace(/^\u200E/, ''));
  });

  it('Android placeholders count only as the whole body; iOS suffixes only at the end', () => {
    expect(one('[20.01.19, 11:23:45] Anna: what image omitted? no').media).toBe(false);
    expect(one('[20.01.19, 11:23:45] Anna: I sent you <Media omitted> again?').media).toBe(false);
  });

  it.each(['This message was deleted', 'You deleted this message', 'Это сообщение удалено', 'Данное сообщение удалено', '\u200EThis message was deleted.'])(
    'deleted marker %s',
    (body) => expect(one(`[20.01.19, 11:23:45] Max: ${body}`)).toMatchObject({ deleted: true, isSystem: false, sender: 'Max' }),
  );

  it.each([
    ['\u200EMissed voice call', 'missed', null],
    ['\u200EMissed video call, \u200ETap to call back', 'missed', null],
    ['\u200EVoice call, \u200E12 min', 'answered', 720],
    ['\u200EVideo call, \u200E1 hr 5 min', 'answered', 3900],
    ['\u200EVoice call, \u200ENo answer', 'unanswered', null],
    ['\u200EПропущенный аудиозвонок', 'missed', null],
    ['\u200EПропущенный видеозвонок', 'missed', null],
    ['\u200EАудиозвонок, \u200E3 мин', 'answered', 180],
  ])('iOS call line %s', (body, callStatus, callSeconds) => {
    expect(one(`[20.01.19, 11:23:45] Max: ${body}`)).toMatchObject({ isCall: true, callStatus, callSeconds, sender: 'Max', isSystem: false });
  });

  it('"Voice call me later" is a message, not a call', () => {
    expect(one('[20.01.19, 11:23:45] Max: Voice call me later').isCall).toBe(false);
  });

  it('iOS group: the group name is the author of notices; its LRM-marked lines are system lines', () => {
    const p = parse(
      '[20.01.19, 10:00:00] Family: \u200EMessages and calls are end-to-end encrypted.\n' +
        '[20.01.19, 10:00:01] Family: \u200EAnna added you\n' +
        '[20.01.19, 10:01:00] Anna: hi\n' +
        '[20.01.19, 10:02:00] Family: \u200EMax left\n',
    );
    expect(p.messages.map((m) => [m.isSystem, m.sender])).toEqual([[true, ''], [true, ''], [false, 'Anna'], [true, '']]);
    expect(p.messages[1]?.rawHeader).toBe('[20.01.19, 10:00:01] Family:');
  });

  it('"Name:text" without a space is an author only when the name is known', () => {
    const p = parse('20/01/2019, 11:23 - Anna: hi\n20/01/2019, 11:24 - Anna:!\n20/01/2019, 11:25 - Security code changed:see details');
    expect(p.messages.map((m) => [m.sender, m.text, m.isSystem])).toEqual([
      ['Anna', 'hi', false],
      ['Anna', '!', false],
      ['', 'Security code changed:see details', true],
    ]);
  });
});

describe('WhatsApp day/month order', () => {
  const ambiguous = '01/02/2020, 10:00 - A: x\n02/03/2020, 10:00 - B: y';

  it('ambiguous: a provisional day-first preview, a warning, and requireDateOrder throws', () => {
    const p = parse(ambiguous);
    expect(p).toMatchObject({ dateOrder: 'dmy', dateOrderCertain: false });
    expect(p.messages.map((m) => m.wallTime)).toEqual(['2020-02-01T10:00:00', '2020-03-02T10:00:00']);
    expect(p.warnings.map((w) => w.code)).toEqual(['DATE_ORDER_AMBIGUOUS']);
    const error = importErrorOf(() => requireDateOrder(p));
    expect(error.code).toBe('IMPORT_AMBIGUOUS_DATE_ORDER');
    expect(error.details).toEqual({ messages: 2, provisional: 'dmy' });
  });

  it('the user can choose', () => {
    const p = parse(ambiguous, { dateOrder: 'mdy' });
    expect(p).toMatchObject({ dateOrder: 'mdy', dateOrderCertain: true, warnings: [] });
    expect(p.messages[0]?.wallTime).toBe('2020-01-02T10:00:00');
  });

  it('monotonic detection: only day-first keeps 05/01 → 06/01 → 01/02 in time order', () => {
    const p = parse('05/01/2020, 10:00 - A: x\n06/01/2020, 10:00 - A: y\n01/02/2020, 10:00 - A: z');
    expect(p).toMatchObject({ dateOrder: 'dmy', dateOrderCertain: true });
    expect(p.warnings.map((w) => w.code)).toEqual(['DATE_ORDER_INFERRED']);
    const q = parse('01/05/2020, 10:00 - A: x\n01/06/2020, 10:00 - A: y\n02/01/2020, 10:00 - A: z');
    expect(q).toMatchObject({ dateOrder: 'mdy', dateOrderCertain: true });
  });

  it('when day equals month on every line the order does not matter', () => {
    expect(parse('05/05/2020, 10:00 - A: x\n06/06/2020, 10:00 - A: y')).toMatchObject({ dateOrderCertain: true, warnings: [] });
  });

  it('contradicting evidence is never "certain"', () => {
    const p = parse('13/01/2020, 10:00 - A: x\n14/01/2020, 10:00 - A: y\n01/15/2020, 10:00 - A: z');
    expect(p).toMatchObject({ dateOrder: 'dmy', dateOrderCertain: false });
    expect(p.warnings.map((w) => w.code)).toContain('DATE_ORDER_CONFLICT');
    expect(p.warnings.map((w) => w.code)).toContain('INVALID_DATE');
    expect(p.messages[2]?.wallTime).toBeNull();
  });

  it('keeps file order even when times go backwards', () => {
    const p = parse('20/01/2019, 11:23 - A: later\n19/01/2019, 09:00 - B: earlier');
    expect(p.messages.map((m) => m.text)).toEqual(['later', 'earlier']);
  });
});

describe('WhatsApp time zones', () => {
  it('wall time is kept; sentAt only with a zone, as UTC with Z', () => {
    expect(one('20/01/2019, 11:23 - A: x').sentAt).toBeNull();
    const p = parse('20/07/2019, 11:23 - A: x', { zone: 'Europe/Minsk' });
    expect(p.messages[0]).toMatchObject({ wallTime: '2019-07-20T11:23:00', sentAt: '2019-07-20T08:23:00.000Z' });
    expect(p.timesAreUtc).toBe(false);
  });

  it('DST gap and overlap are converted and reported', () => {
    const p = parse('26/03/2023, 02:30 - A: gap\n29/10/2023, 02:30 - A: twice', { zone: 'Europe/Berlin' });
    expect(p.warnings.map((w) => [w.code, w.line])).toEqual([['NONEXISTENT_LOCAL_TIME', 1], ['AMBIGUOUS_LOCAL_TIME', 2]]);
    expect(p.messages[0]?.sentAt).toBe('2023-03-26T01:30:00.000Z');
    expect(p.messages[1]?.sentAt).toBe('2023-10-29T00:30:00.000Z');
  });

  it('an unknown zone is INVALID_INPUT', () => {
    expect(importErrorOf(() => parse('20/01/2019, 11:23 - A: x', { zone: 'Mars/Olympus' })).code).toBe('INVALID_INPUT');
  });
});

describe('WhatsApp zip exports', () => {
  const chat = utf8('20/01/2019, 11:23 - Anna: hi\n');

  it('Android zip: picks the chat text, ignores media and __MACOSX', () => {
    const zip = zipSync({ '__MACOSX/._WhatsApp Chat with Anna.txt': utf8('junk'), 'WhatsApp Chat with Anna.txt': chat, 'IMG-20190120-WA0001.jpg': new Uint8Array(8) });
    expect(parseWhatsApp(zip).messages[0]).toMatchObject({ sender: 'Anna', text: 'hi' });
  });

  it('iOS zip: prefers _chat.txt over other text files', () => {
    const zip = zipSync({ 'notes.txt': utf8('not a chat'), '_chat.txt': utf8('[20.01.19, 11:23:45] Max: hello') });
    expect(parseWhatsApp(zip).messages[0]).toMatchObject({ sender: 'Max', text: 'hello' });
  });

  it('a zip without a text file is unrecognised; a damaged zip is malformed', () => {
    expect(importErrorOf(() => parseWhatsApp(zipSync({ 'photo.jpg': new Uint8Array(4) }))).code).toBe('IMPORT_UNRECOGNISED');
    const damaged = zipSync({ '_chat.txt': chat }).slice(0, 30);
    expect(importErrorOf(() => parseWhatsApp(damaged)).code).toBe('IMPORT_MALFORMED');
  });
});
