// The Dossier CSV template (main/importers/CSV_TEMPLATE.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../../main/importers/csv';
import { importErrorOf, utf8 } from './helpers';

const HEADER = 'sent_at,sender,recipient,direction,channel,text\n';
const csv = (text: string) => parseCsv(utf8(text));

describe('CSV template', () => {
  it('the example in CSV_TEMPLATE.md parses as documented', () => {
    const doc = readFileSync(resolve(__dirname, '../../../main/importers/CSV_TEMPLATE.md'), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const p = csv(example);
    expect(p.warnings).toEqual([]);
    expect(p.messages).toHaveLength(4);
    expect(p.messages[0]).toMatchObject({ sentAt: '2024-03-01T20:14:05.000Z', sender: 'Max', recipient: 'Anna', direction: 'incoming', channel: 'sms', text: 'Where are you? Answer me, now.', sourceLine: 2 });
    expect(p.messages[1]).toMatchObject({ direction: 'outgoing', channel: 'whatsapp', text: 'I\'m at my sister\'s, "leave me alone"' });
    expect(p.messages[2]).toMatchObject({ channel: 'call', isCall: true, text: '' });
    expect(p.messages[3]).toMatchObject({ text: 'First line\nsecond line of the same message', sourceLine: 5 });
  });

  it('RFC 4180 quoting: commas, doubled quotes, newlines; line numbers count physical lines', () => {
    const p = csv(HEADER + '2024-01-01T10:00:00Z,"Doe, John",,incoming,sms,"a ""quoted"" word, and\nanother line\n"\n2024-01-01T10:01:00Z,Max,,,,"x"\n');
    expect(p.messages.map((m) => [m.sender, m.text, m.sourceLine])).toEqual([
      ['Doe, John', 'a "quoted" word, and\nanother line\n', 2],
      ['Max', 'x', 5],
    ]);
    expect(p.messages[1]).toMatchObject({ direction: 'unknown', channel: 'other', recipient: null });
  });

  it('UTF-8 BOM, CRLF, Russian text, ";" delimiter, columns in any order and case', () => {
    const p = parseCsv(utf8('\uFEFFTEXT;Sent_At;Sender;Direction;Channel;Recipient\r\n"Ты где; ответь";2024-03-01 21:14+03:00;Максим;incoming;sms;Анна\r\n'));
    expect(p.messages).toEqual([
      expect.objectContaining({ text: 'Ты где; ответь', sender: 'Максим', recipient: 'Анна', sentAt: '2024-03-01T18:14:00.000Z', sourceLine: 2 }),
    ]);
  });

  it('offsets in every ISO form; fractional seconds', () => {
    const p = csv(HEADER + ['2024-01-01T10:00:00+0200', '2024-01-01T10:00:00-05', '2024-01-01T10:00:00.250Z', '2024-01-01T10:00z'].map((t) => `${t},A,,,,x`).join('\n'));
    expect(p.messages.map((m) => m.sentAt)).toEqual(['2024-01-01T08:00:00.000Z', '2024-01-01T15:00:00.000Z', '2024-01-01T10:00:00.250Z', '2024-01-01T10:00:00.000Z']);
  });

  it('rows without an offset, bad dates, wrong field counts: skipped with a warning naming the line', () => {
    const p = csv(HEADER + '2024-01-01T10:00:00,A,,,,no offset\n2024-02-30T10:00:00Z,A,,,,no such day\nyesterday,A,,,,x\n2024-01-01T10:00:00Z,A,,,,too,many\n2024-01-01T10:00:00Z,A,B,incoming,sms,ok\n');
    expect(p.messages.map((m) => m.text)).toEqual(['ok']);
    expect(p.warnings.map((w) => [w.code, w.line])).toEqual([
      ['NO_OFFSET', 2],
      ['INVALID_DATE', 3],
      ['INVALID_DATE', 4],
      ['ROW_FIELD_COUNT', 5],
    ]);
    expect(p.warnings.some((w) => w.message.includes('no offset'))).toBe(false); // never evidence text
  });

  it('an unknown direction or channel is kept as unknown/other, with a warning; blank lines are ignored', () => {
    const p = csv(HEADER + '\n2024-01-01T10:00:00Z,A,,sideways,pigeon,x\n\n');
    expect(p.messages[0]).toMatchObject({ direction: 'unknown', channel: 'other' });
    expect(p.warnings.map((w) => w.code)).toEqual(['INVALID_CHANNEL', 'INVALID_DIRECTION']);
  });

  it('extra columns are ignored with one warning; required columns must be there', () => {
    expect(csv('sent_at,sender,text,note\n2024-01-01T10:00:00Z,A,x,n\n').warnings.map((w) => w.code)).toEqual(['UNKNOWN_COLUMNS']);
    expect(importErrorOf(() => csv('date,from,body\n2024,A,x\n')).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => csv('')).code).toBe('IMPORT_UNRECOGNISED');
  });

  it('a recurring problem is listed 50 times, then summed up in one line', () => {
    const p = csv(HEADER + '2024-01-01T10:00:00,A,,,,x\n'.repeat(120));
    expect(p.warnings).toHaveLength(51);
    expect(p.warnings[49]).toMatchObject({ code: 'NO_OFFSET', line: 51 });
    expect(p.warnings[50]).toMatchObject({ code: 'NO_OFFSET', line: null, message: '70 more warnings of this kind were not listed.' });
  });

  it('an unterminated quote is IMPORT_MALFORMED with the line where it opened', () => {
    const error = importErrorOf(() => csv(HEADER + '2024-01-01T10:00:00Z,A,,,,ok\n2024-01-01T10:00:00Z,A,,,,"never closed\nmore'));
    expect(error).toMatchObject({ code: 'IMPORT_MALFORMED', details: { reason: 'unterminated-quote', line: 3 } });
  });

  it('csvRecords: empty quoted fields, a stray quote inside an unquoted field, no final newline', () => {
    expect([...csvRecords('"",a"b,"c"\nd', ',')]).toEqual([
      { fields: ['', 'a"b', 'c'], line: 1 },
      { fields: ['d'], line: 2 },
    ]);
  });
});
