// Property tests: whatever bytes come in, a parser returns a ParsedExport or throws a DossierError
// with an IMPORT_* code — never a TypeError, a RangeError or a parser's own exception.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { DossierError } from '../../../shared/errors';
import { parseCsv } from '../../../main/importers/csv';
import { parseExport } from '../../../main/importers/index';
import { parseSmsBackup } from '../../../main/importers/smsBackup';
import { parseTelegram } from '../../../main/importers/telegram';
import { parseWhatsApp } from '../../../main/importers/whatsapp';
import { FUZZ_RUNS, fuzzTimeout, onlyImportErrors, utf8 } from './helpers';

const RUNS = { numRuns: FUZZ_RUNS };
/** Each test runs two or three properties of RUNS cases. */
const TIMEOUT = fuzzTimeout(FUZZ_RUNS * 3, 20);
const pieces = (...values: string[]) => fc.constantFrom(...values);
const textOf = (parts: fc.Arbitrary<string>, sep = '') => fc.array(parts, { maxLength: 40 }).map((a) => a.join(sep));

/** Strings made of the characters the formats care about, so the parsers' branches are reached. */
const whatsappish = textOf(
  fc.oneof(
    pieces('[', ']', '20/01/2019', '01/20/19', '2019/01/20', '20.01.19', '٢٠/١/٢٠١٩', ', ', ' ', '11:23', '3:22:10', ' PM', ' a. m.', '\u202FAM', '午後', ' - ', ': ', ':', 'Anna', '\u200E', '\u200F', '\r\n', '\n', '\r', '<Media omitted>', 'Missed voice call', '\uFEFF', '2562', '99:99'),
    fc.string({ maxLength: 8 }),
  ),
);

describe('parsers never throw anything but IMPORT_* errors', () => {
  it('WhatsApp (text and random bytes)', () => {
    fc.assert(fc.property(whatsappish, (text) => onlyImportErrors(() => parseWhatsApp(utf8(text)))), RUNS);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => onlyImportErrors(() => parseWhatsApp(bytes))), RUNS);
  }, TIMEOUT);

  it('WhatsApp zip with random content', () => {
    fc.assert(
      fc.property(whatsappish, fc.nat(200), (text, cut) => {
        const zip = zipSync({ '_chat.txt': utf8(text) });
        onlyImportErrors(() => parseWhatsApp(zip));
        onlyImportErrors(() => parseWhatsApp(zip.slice(0, cut)));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('Telegram (JSON values, Telegram-shaped objects, random text)', () => {
    const message = fc.record(
      {
        id: fc.oneof(fc.integer(), fc.string()),
        type: fc.constantFrom('message', 'service', 'x'),
        date: fc.oneof(fc.constant('2024-01-01T10:00:00'), fc.string({ maxLength: 20 })),
        date_unixtime: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double()),
        from: fc.oneof(fc.string(), fc.constant(null)),
        from_id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        action: fc.constantFrom('phone_call', 'create_group'),
        discard_reason: fc.string({ maxLength: 10 }),
        duration_seconds: fc.oneof(fc.integer(), fc.double()),
        text: fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.record({ type: fc.string(), text: fc.string() })))),
      },
      { requiredKeys: [] },
    );
    const exportShape = fc.oneof(
      fc.record({ messages: fc.array(fc.oneof(message, fc.jsonValue()), { maxLength: 8 }) }),
      fc.record({ chats: fc.record({ list: fc.array(fc.record({ name: fc.string(), messages: fc.array(message, { maxLength: 4 }) }), { maxLength: 3 }) }) }),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(exportShape, fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined }), (value, chatIndex) => {
        try {
          parseTelegram(utf8(JSON.stringify(value) ?? 'null'), chatIndex === undefined ? {} : { chatIndex });
        } catch (error) {
          // A chatIndex that names no chat is the caller's mistake (INVALID_INPUT), not the file's.
          const expected = error instanceof DossierError && (error.code.startsWith('IMPORT_') || error.code === 'INVALID_INPUT');
          if (!expected) throw error;
        }
      }),
      RUNS,
    );
    fc.assert(fc.property(fc.string(), (text) => onlyImportErrors(() => parseTelegram(utf8(text)))), RUNS);
  }, TIMEOUT);

  it('SMS Backup XML (XML-ish fragments with character references, random bytes)', () => {
    const xmlish = textOf(
      fc.oneof(
        pieces('<smses>', '</smses>', '<calls>', '<sms ', '<mms ', '<part ', '<addr ', '<call ', '/>', '>', '</mms>', '<parts>', '</parts>', 'date="1609459200000" ', 'type="1" ', 'type="137" ', 'body="', 'text="', 'ct="text/plain" ', '"', '&#55357;', '&#56832;', '&#xD83D;', '&#1;', '&amp;', '&', '<?xml version="1.0"?>', '<!-- c -->', '<![CDATA[x]]>', '\n'),
        fc.string({ maxLength: 6 }),
      ),
    );
    fc.assert(fc.property(xmlish, (text) => onlyImportErrors(() => parseSmsBackup(utf8(text)))), RUNS);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => onlyImportErrors(() => parseSmsBackup(bytes))), RUNS);
  }, TIMEOUT);

  it('CSV (random rows after a valid header)', () => {
    const cell = textOf(fc.oneof(pieces('"', '""', ',', ';', '\n', '\r\n', '2024-01-01T10:00:00Z', 'incoming', 'call'), fc.string({ maxLength: 5 })));
    fc.assert(fc.property(cell, (rows) => onlyImportErrors(() => parseCsv(utf8(`sent_at,sender,recipient,direction,channel,text\n${rows}`)))), RUNS);
  }, TIMEOUT);

  it('parseExport("auto") on random bytes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.uint8Array({ maxLength: 200 }), (name, bytes) => onlyImportErrors(() => parseExport('auto', name, bytes))), RUNS);
  }, TIMEOUT);
});

describe('round trips', () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'Я', ' ', ',', ';', '"', '\n', '😀', 'x'), maxLength: 12 });
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

  it('CSV: any sender and text written with RFC 4180 quoting reads back unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(field, field), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = 'sent_at,sender,recipient,direction,channel,text\r\n' + rows.map(([s, t]) => `2024-01-01T10:00:00Z,${quote(s)},,,,${quote(t)}`).join('\r\n');
        const parsed = parseCsv(utf8(text));
        // Inside fields, CRLF is normalised to LF like everywhere else.
        expect(parsed.messages.map((m) => [m.sender, m.text])).toEqual(rows.map(([s, t]) => [s.trim(), t]));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('WhatsApp: every generated header line becomes exactly one message, in order', () => {
    const line = fc.record({
      day: fc.integer({ min: 13, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      hour: fc.integer({ min: 0, max: 23 }),
      body: fc.string({ unit: fc.constantFrom('a', 'б', ' ', '😀', '-', '.'), minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '' && !/^\s/.test(s)),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
        const text = lines.map((l) => `${l.day}/${l.month}/2020, ${String(l.hour).padStart(2, '0')}:05 - Max: ${l.body}`).join('\n');
        const p = parseWhatsApp(utf8(text));
        expect(p.messages.map((m) => m.text)).toEqual(lines.map((l) => l.body));
        expect(p).toMatchObject({ dateOrder: 'dmy', dateOrderCertain: true });
      }),
      RUNS,
    );
  }, TIMEOUT);
});
